// The web build's static files (`/_next/static/…`: scripts, styles, fonts, the worker), answered
// by the server itself instead of through Next.js. Next.js answers each such request through its
// router and compresses the file again every time; a page load asks for about thirty of them, and
// on a small machine that work competes with the browser it serves. Here each file is read once,
// kept in memory with its compressed form (made once, on first use), and answered as is:
// uncompressed to a client on this machine (the loopback gains nothing from compression and the
// browser would spend time undoing it), gzip to others that accept it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveInside } from '../resolve-inside.ts';
import { IMMUTABLE, allowRead, answeredNotModified } from './respond.ts';

const PREFIX = '/_next/static/';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
/** Text worth compressing; the others (images, fonts) are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

interface Asset {
  readonly type: string;
  readonly etag: string;
  readonly raw: Buffer;
  gzip?: Buffer;
  readonly compressible: boolean;
}

/** Whether the request comes from this machine. */
export function isLoopback(address: string | undefined): boolean {
  return (
    address === '::1' ||
    address?.startsWith('127.') === true ||
    address?.startsWith('::ffff:127.') === true
  );
}

export interface BuildAssets {
  /** Answers the request when it names a file of the build; false to let Next.js answer it. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/** The static files of the build in `staticDir` (the build folder's `static`). */
export function buildAssets(staticDir: string): BuildAssets {
  const assets = new Map<string, Promise<Asset | undefined>>();

  const load = (file: string): Promise<Asset | undefined> => {
    let asset = assets.get(file);
    if (!asset) {
      const extension = path.extname(file);
      asset = readFile(file).then(
        (raw): Asset => ({
          type: TYPES[extension] ?? 'application/octet-stream',
          etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
          raw,
          compressible: COMPRESSIBLE.has(extension) && raw.byteLength > 1024,
        }),
        () => undefined,
      );
      assets.set(file, asset);
      // A missing file may appear with the next build: do not remember its absence.
      void asset.then((found) => found ?? assets.delete(file));
    }
    return asset;
  };

  return {
    async handle(req, res) {
      const pathname = (req.url ?? '').split('?')[0] ?? '';
      if (!pathname.startsWith(PREFIX)) return false;
      let relative: string;
      try {
        relative = decodeURIComponent(pathname.slice(PREFIX.length));
      } catch {
        return false;
      }
      const file = resolveInside(staticDir, relative);
      const asset = file === undefined ? undefined : await load(file);
      if (!asset) return false;
      if (!allowRead(req, res)) return true;
      if (answeredNotModified(req, res, asset.etag, IMMUTABLE)) return true;
      const gzip =
        asset.compressible &&
        !isLoopback(req.socket.remoteAddress) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) asset.gzip ??= gzipSync(asset.raw);
      const body = gzip && asset.gzip ? asset.gzip : asset.raw;
      res.writeHead(200, {
        'content-type': asset.type,
        'content-length': body.byteLength,
        etag: asset.etag,
        'cache-control': IMMUTABLE,
        vary: 'accept-encoding',
        'x-content-type-options': 'nosniff',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
