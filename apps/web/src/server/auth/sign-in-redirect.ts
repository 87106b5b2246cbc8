// Answers a page request of an anonymous visitor (accounts on) with a redirect to sign-in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerContext } from '../trpc/context.ts';
import { actorOf } from './actor.ts';
import { isOpenPath, signInUrl } from './page-gate.ts';

/** True when the request was answered with a redirect. */
export async function redirectedToSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  server: ServerContext,
): Promise<boolean> {
  if (!server.auth.accounts) return false;
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Open paths (assets above all) never cost a session lookup.
  if (isOpenPath(url.pathname)) return false;
  const actor = await actorOf(req.headers, server.database, server.auth);
  if (actor.kind !== 'anonymous') return false;
  res.writeHead(302, {
    location: signInUrl(url.pathname, url.search),
    'cache-control': 'no-store',
  });
  res.end();
  return true;
}
