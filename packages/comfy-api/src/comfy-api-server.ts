// The ComfyUI-compatible API on its own HTTP listener: every route at `/x` and `/api/x`, the
// WebSocket at `/ws`. Framework-free (node:http and ws), over a `ComfyBackend`.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiState } from './api-state.ts';
import type { ComfyBackend } from './backend.ts';
import { SocketHub } from './events/socket-hub.ts';
import { HttpError, routePath, sendError } from './http/respond.ts';
import { HistoryFilter } from './prompts/history-filter.ts';
import { PromptBook } from './prompts/prompt-book.ts';
import { historyRoutes } from './routes/history-routes.ts';
import { newClientId, promptRoutes } from './routes/prompt-routes.ts';
import { queueRoutes } from './routes/queue-routes.ts';
import type { Route } from './routes/route.ts';
import { systemRoutes } from './routes/system-routes.ts';
import { uploadRoute } from './routes/upload-route.ts';
import { viewRoute } from './routes/view-route.ts';

/** Largest upload (`/features` reports it as `max_upload_size`). */
export const DEFAULT_MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

export interface ComfyApiOptions {
  readonly backend: ComfyBackend;
  readonly maxUploadBytes?: number;
  /** How often idle sockets hear `status` (default 4 s). */
  readonly statusIntervalMs?: number;
  readonly log?: (line: string) => void;
}

export interface ComfyApiServer {
  readonly server: Server;
  /** Listens on `host:port` (0: a free port); answers the port. */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

const ROUTES: readonly Route[] = [
  ...systemRoutes,
  ...promptRoutes,
  ...queueRoutes,
  ...historyRoutes,
  viewRoute,
  uploadRoute,
];

const decode = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
};

async function handle(req: IncomingMessage, res: ServerResponse, state: ApiState): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = routePath(url.pathname);
  const matching = ROUTES.filter((route) => route.pattern.test(path));
  if (matching.length === 0) throw new HttpError(404, `There is no route ${url.pathname}.`);
  const route = matching.find((candidate) => candidate.method === req.method);
  if (!route) throw new HttpError(405, `${req.method ?? '?'} is not allowed on ${url.pathname}.`);
  const caller = await state.backend.authenticate(req.headers);
  if (!caller)
    throw new HttpError(401, 'An API token is required: send "Authorization: Bearer <token>".');
  const params = (route.pattern.exec(path) ?? []).slice(1).map((p) => decode(p ?? ''));
  await route.handle({ req, res, url, caller, state, params });
}

export function createComfyApiServer(options: ComfyApiOptions): ComfyApiServer {
  const log = options.log ?? (() => undefined);
  const book = new PromptBook();
  const sockets = new SocketHub({
    backend: options.backend,
    book,
    newClientId,
    log,
    ...(options.statusIntervalMs === undefined
      ? {}
      : { statusIntervalMs: options.statusIntervalMs }),
  });
  const state: ApiState = {
    backend: options.backend,
    book,
    sockets,
    history: new HistoryFilter(),
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    log,
  };
  const server = createServer((req, res) => {
    handle(req, res, state).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) return sendError(res, error);
      log(
        `comfy-api: ${req.method ?? '?'} ${req.url ?? '?'} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      sendError(res, new HttpError(500, 'Internal server error'));
    });
  });
  sockets.attach(server);
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: async () => {
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
