// Requests the custom server answers itself before handing the rest to Next.js.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { appRouter, createCaller } from './trpc/app-router.ts';
import type { TrpcContext } from './trpc/context.ts';

const TRPC_PREFIX = '/api/trpc/';

/** Handles `/api/trpc/*` and `/api/health`; returns false for anything else. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  context: TrpcContext,
): Promise<boolean> {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (pathname.startsWith(TRPC_PREFIX)) {
    await nodeHTTPRequestHandler({
      req,
      res,
      router: appRouter,
      path: pathname.slice(TRPC_PREFIX.length),
      createContext: () => context,
      onError: ({ path, error }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'}:`, error);
      },
    });
    return true;
  }
  if (pathname === '/api/health') {
    const health = await createCaller(context).health.get();
    res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify(health));
    return true;
  }
  return false;
}
