// Answers a page request of an anonymous visitor (accounts on) with a redirect to sign-in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerContext } from '../trpc/context.ts';
import { actorOf } from './actor.ts';
import { pageRedirect } from './page-gate.ts';

/** True when the request was answered with a redirect. */
export async function redirectedToSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  server: ServerContext,
): Promise<boolean> {
  if (!server.auth.accounts) return false;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const actor = await actorOf(req.headers, server.database, server.auth);
  const target = pageRedirect(url.pathname, url.search, actor, server.auth.accounts);
  if (target === null) return false;
  res.writeHead(302, { location: target, 'cache-control': 'no-store' });
  res.end();
  return true;
}
