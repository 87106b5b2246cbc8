import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildAssets, isLoopback } from './build-assets.ts';

const staticDir = mkdtempSync(path.join(os.tmpdir(), 'build-assets-'));
mkdirSync(path.join(staticDir, 'chunks'));
const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
writeFileSync(path.join(staticDir, 'chunks', 'app.js'), script);

interface Answer {
  status?: number;
  headers: Record<string, string | number>;
  body?: Buffer;
}

/** Asks `url` as a client at `address` would; undefined when the assets leave it to Next.js. */
async function ask(
  url: string,
  { address = '127.0.0.1', headers = {}, method = 'GET' } = {},
): Promise<Answer | undefined> {
  const req = {
    url,
    method,
    headers,
    socket: { remoteAddress: address },
  } as unknown as IncomingMessage;
  const answer: Answer = { headers: {} };
  const res = {
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
    writeHead(status: number, headers: Record<string, string | number> = {}) {
      answer.status = status;
      Object.assign(answer.headers, headers);
    },
    end(body?: Buffer) {
      if (body) answer.body = body;
    },
  } as unknown as ServerResponse;
  return (await buildAssets(staticDir).handle(req, res)) ? answer : undefined;
}

describe('build assets', () => {
  it('answers a build file with its type, for good, uncompressed on this machine', async () => {
    const answer = await ask('/_next/static/chunks/app.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(answer?.status).toBe(200);
    expect(answer?.headers['content-type']).toMatch(/^application\/javascript/);
    expect(answer?.headers['cache-control']).toContain('immutable');
    expect(answer?.headers['content-encoding']).toBeUndefined();
    expect(answer?.body?.toString()).toBe(script);
  });

  it('sends gzip to another machine that accepts it', async () => {
    const answer = await ask('/_next/static/chunks/app.js', {
      address: '10.1.2.3',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(answer?.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer!.body!).toString()).toBe(script);
    expect(Number(answer?.headers['content-length'])).toBeLessThan(script.length);
  });

  it('answers 304 to a client holding the same file', async () => {
    const first = await ask('/_next/static/chunks/app.js');
    const again = await ask('/_next/static/chunks/app.js', {
      headers: { 'if-none-match': String(first?.headers.etag) },
    });
    expect(again?.status).toBe(304);
  });

  it('leaves missing files, other paths and escapes to Next.js', async () => {
    expect(await ask('/_next/static/chunks/missing.js')).toBeUndefined();
    expect(await ask('/api/health')).toBeUndefined();
    expect(await ask('/_next/static/../../etc/passwd')).toBeUndefined();
    expect(await ask('/_next/static/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
  });

  it('refuses writes', async () => {
    expect((await ask('/_next/static/chunks/app.js', { method: 'POST' }))?.status).toBe(405);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '::ffff:192.168.1.2', undefined].some(isLoopback)).toBe(false);
  });
});
