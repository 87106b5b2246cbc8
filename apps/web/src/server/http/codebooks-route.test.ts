import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, openTestContext, repoModelsDir } from '../trpc/test-context.ts';
import { type ApiTestServer, startApiServer } from './test-server.ts';

let test: TestContext;
let server: ApiTestServer;
const manifest = JSON.parse(
  readFileSync(path.join(repoModelsDir, 'tessera-tiny/model.json'), 'utf8'),
) as { codebooks: { sha256: string; bytes: number } };
const { sha256, bytes } = manifest.codebooks;

beforeAll(async () => {
  test = await openTestContext();
  server = await startApiServer(test.context);
});

afterAll(async () => {
  await server.close();
  await test.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${url}`, { headers });

describe('GET /api/models/:modelId/codebooks.bin', () => {
  it("serves the package's codebook file, tagged with the manifest's sha256", async () => {
    const response = await get('/api/models/tessera-tiny/codebooks.bin');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${sha256}"`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(body.length).toBe(bytes);
    expect(new TextDecoder().decode(body.subarray(0, 4))).toBe('TSCB');
  });

  it('is cacheable for good under its versioned URL, and answers 304 to a matching ETag', async () => {
    const versioned = await get(`/api/models/tessera-tiny/codebooks.bin?v=${sha256}`);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    await versioned.arrayBuffer();
    const again = await get('/api/models/tessera-tiny/codebooks.bin', {
      'if-none-match': `"${sha256}"`,
    });
    expect(again.status).toBe(304);
  });

  it('answers 404 for an unknown model or a path in place of an id', async () => {
    expect((await get('/api/models/no-such-model/codebooks.bin')).status).toBe(404);
    expect((await get('/api/models/..%2Ftessera-tiny/codebooks.bin')).status).toBe(404);
    expect((await get('/api/models/%2E%2E/codebooks.bin')).status).toBe(404);
  });
});
