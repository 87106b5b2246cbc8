import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunId, asId } from '@tessera/db';
import { ArtifactStore } from '@tessera/hub';
import { TOKEN_PLAN_MEDIA_TYPE } from '@tessera/protocol';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { createCaller } from '../trpc/app-router.ts';
import { type TestContext, openTestContext } from '../trpc/test-context.ts';
import { type ApiTestServer, startApiServer } from './test-server.ts';

let test: TestContext;
let server: ApiTestServer;
let runId: RunId;
let imageId: string;
let planId: string;
const planBytes = new Uint8Array([0x54, 0x50, 0x4c, 0x4e, 1, 2, 3, 4]);

beforeAll(async () => {
  test = await openTestContext();
  server = await startApiServer(test.context);
  const { database, dataDir } = test.context;
  const run = await createCaller(test.context).runs.enqueue({ document: posterWorkflowJson() });
  runId = asId<RunId>(run.id);
  const store = new ArtifactStore(database.artifacts, dataDir);
  const pixels = new Uint8Array(4 * 2 * 3).fill(200);
  const image = await store.store(
    run.id,
    'decode',
    'image',
    { type: 'IMAGE', width: 4, height: 2, channels: 3, data: pixels },
    'k-decode',
  );
  imageId = image!.artifactId;
  const plan = await database.artifacts.create({
    runId: run.id,
    nodeId: asId('expand'),
    port: 'plan',
    kind: 'token_plan',
    mimeType: TOKEN_PLAN_MEDIA_TYPE,
    bytes: planBytes,
  });
  planId = plan.id;
});

afterAll(async () => {
  await server.close();
  await test.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });

describe('GET /api/artifacts/:id', () => {
  it('serves an image artifact as PNG from the data folder, cacheable for good', async () => {
    const response = await get(`/api/artifacts/${imageId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const body = new Uint8Array(await response.arrayBuffer());
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await get(`/api/artifacts/${imageId}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('serves a token plan as its codec bytes, and as a .tplan attachment on ?download=1', async () => {
    const response = await get(`/api/artifacts/${planId}`);
    expect(response.headers.get('content-type')).toBe(TOKEN_PLAN_MEDIA_TYPE);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(planBytes);
    const download = await get(`/api/artifacts/${planId}?download=1`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="${runId}-expand.tplan"`,
    );
  });

  it('answers HEAD with the headers only', async () => {
    const response = await fetch(`${server.url}/api/artifacts/${planId}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(planBytes.length));
  });

  it('answers 404 JSON for an unknown or malformed id, and 405 for a POST', async () => {
    const unknown = await get('/api/artifacts/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/no artifact/);
    expect((await get('/api/artifacts/..%2F..%2Fetc')).status).toBe(404);
    const post = await fetch(`${server.url}/api/artifacts/${planId}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('never reads outside the data folder, whatever the stored path says', async () => {
    const escaping = await test.context.database.artifacts.create({
      runId,
      nodeId: asId('decode'),
      port: 'image',
      kind: 'image',
      storagePath: '../../../../etc/hostname',
      contentHash: 'c'.repeat(64),
      size: 1,
    });
    const response = await get(`/api/artifacts/${escaping.id}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/missing/);
  });
});
