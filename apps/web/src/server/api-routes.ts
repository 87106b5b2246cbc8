// Requests the custom server answers itself before handing the rest to Next.js.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { serveArtifact } from './http/artifact-route.ts';
import { serveCodebooks } from './http/codebooks-route.ts';
import { serveInputImage } from './http/input-image-route.ts';
import { appRouter, createCaller } from './trpc/app-router.ts';
import { actorOf, passesCsrf } from './auth/actor.ts';
import { handleAuthRequest } from './auth/auth-routes.ts';
import type { ServerContext, TrpcContext } from './trpc/context.ts';

const TRPC_PREFIX = '/api/trpc/';
/**
 * The largest tRPC request body: room for a document carrying a dropped 32 MB plan inline
 * (base64); anything bigger is refused with 413 before it is held in memory.
 */
export const MAX_TRPC_BODY_BYTES = 64 * 1024 * 1024;
const ARTIFACT = /^\/api\/artifacts\/([^/]+)$/;
const CODEBOOKS = /^\/api\/models\/([^/]+)\/codebooks\.bin$/;

const segment = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
};

/**
 * Handles `/api/trpc/*`, `/api/health`, `/api/artifacts/:id`, `/api/input-image?name=` and
 * `/api/models/:modelId/codebooks.bin`; returns false for anything else.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  server: ServerContext,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname } = url;
  if (!pathname.startsWith('/api/')) return false; // pages and assets: no session lookup
  if (await handleAuthRequest(req, res, pathname, server)) return true;
  const actor = await actorOf(req.headers, server.database, server.auth);
  const context: TrpcContext = {
    ...server,
    actor,
    csrfOk: passesCsrf(req.method, req.headers, actor),
  };
  if (pathname.startsWith(TRPC_PREFIX)) {
    await nodeHTTPRequestHandler({
      req,
      res,
      router: appRouter,
      path: pathname.slice(TRPC_PREFIX.length),
      maxBodySize: MAX_TRPC_BODY_BYTES,
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
  const artifact = ARTIFACT.exec(pathname);
  if (artifact) {
    await serveArtifact(req, res, context, segment(artifact[1] ?? ''), url.searchParams);
    return true;
  }
  if (pathname === '/api/input-image') {
    const name = url.searchParams.get('name') ?? '';
    await serveInputImage(req, res, { ...context, accounts: context.auth.accounts }, name);
    return true;
  }
  const codebooks = CODEBOOKS.exec(pathname);
  if (codebooks) {
    const modelId = segment(codebooks[1] ?? '');
    await serveCodebooks(req, res, context.modelsDir, modelId, url.searchParams);
    return true;
  }
  return false;
}
