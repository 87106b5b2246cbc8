// Small helpers for the HTTP routes the custom server answers itself.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Artifacts never change once stored. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function sendNotFound(res: ServerResponse, message: string): void {
  sendJson(res, 404, { error: message });
}

/** Refuses anything but GET and HEAD with 405; true when the request may go on. */
export function allowRead(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  res.setHeader('allow', 'GET, HEAD');
  sendJson(res, 405, { error: `${req.method ?? '?'} is not allowed here` });
  return false;
}

/** Whether the client already holds the representation tagged `etag` (then answers 304). */
export function answeredNotModified(
  req: IncomingMessage,
  res: ServerResponse,
  etag: string,
  cacheControl: string,
): boolean {
  const held = req.headers['if-none-match'];
  if (held === undefined) return false;
  const tags = held.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!tags.includes(etag) && !tags.includes('*')) return false;
  res.writeHead(304, { etag, 'cache-control': cacheControl });
  res.end();
  return true;
}

export interface Representation {
  readonly contentType: string;
  readonly etag: string;
  readonly cacheControl: string;
  readonly body: Uint8Array;
  readonly disposition?: string;
}

/** 200 with the body (none for HEAD). */
export function sendRepresentation(
  req: IncomingMessage,
  res: ServerResponse,
  representation: Representation,
): void {
  const { contentType, etag, cacheControl, body, disposition } = representation;
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': body.byteLength,
    etag,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    ...(disposition ? { 'content-disposition': disposition } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The file's bytes, or undefined when it does not exist. */
export async function readIfPresent(
  read: () => Promise<Uint8Array>,
): Promise<Uint8Array | undefined> {
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
