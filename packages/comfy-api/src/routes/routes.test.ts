// The routes over an in-memory backend: shapes, the /api prefix, per-caller queues and history.
import { readFileSync } from 'node:fs';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComfyApiServer, createComfyApiServer } from '../comfy-api-server.ts';
import { type MemoryBackend, memoryBackend } from '../testing/memory-backend.ts';

const poster: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/poster.api.json', import.meta.url), 'utf8'),
);
let backend: MemoryBackend;
let api: ComfyApiServer;
let url: string;

beforeAll(async () => {
  backend = memoryBackend(createNodeCatalogue());
  api = createComfyApiServer({ backend });
  url = `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}`;
});
afterAll(() => api?.close());

async function call(route: string, body?: unknown, caller = 'ada') {
  const response = await fetch(`${url}${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${caller}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('routes', () => {
  it('answers at /x and /api/x, 404 and 405 otherwise, 401 without a caller', async () => {
    expect((await call('/embeddings')).body).toEqual([]);
    expect((await call('/api/extensions')).body).toEqual([]);
    expect((await call('/api/features')).body).toMatchObject({ max_upload_size: 16 * 1024 * 1024 });
    expect((await call('/nothing')).status).toBe(404);
    expect((await call('/history/x/y')).status).toBe(404);
    expect((await call('/object_info', {})).status).toBe(405);
    expect((await fetch(`${url}/prompt`)).status).toBe(401);
  });

  it('queues a prompt under the client’s prompt id and lists it as ComfyUI’s queue item', async () => {
    const queued = await call('/prompt', { prompt: poster, prompt_id: 'p-1', client_id: 'c-1' });
    expect(queued).toEqual({ status: 200, body: { prompt_id: 'p-1', number: 0, node_errors: {} } });
    expect((await call('/prompt', { prompt: poster, prompt_id: 'p-1' })).status).toBe(400);
    expect((await call('/prompt', { client_id: 'c-1' })).body).toMatchObject({
      error: { type: 'no_prompt' },
      node_errors: {},
    });
    expect((await call('/prompt')).body).toEqual({ exec_info: { queue_remaining: 1 } });
    const queue = (await call('/queue')).body as { queue_pending: unknown[][] };
    expect(queue.queue_pending).toEqual([[0, 'p-1', poster, { client_id: 'c-1' }, ['6']]]);
    expect((await call('/queue', undefined, 'bob')).body).toEqual({
      queue_running: [],
      queue_pending: [],
    });
  });

  it('deletes from the queue and interrupts only the caller’s prompts', async () => {
    await call('/queue', { delete: ['p-1'] }, 'bob');
    expect(backend.cancelled).toEqual([]);
    await call('/queue', { delete: ['p-1'] });
    expect(backend.cancelled).toEqual(['run-1']);
    backend.setStatus('run-1', 'running');
    await call('/interrupt', {}, 'bob');
    expect(backend.cancelled).toEqual(['run-1']); // bob has nothing running
    await call('/interrupt', { prompt_id: 'p-1' });
    expect(backend.cancelled).toEqual(['run-1', 'run-1']);
  });

  it('lists finished runs oldest first, the last max_items, and hides deleted and cleared ones', async () => {
    for (let i = 0; i < 3; i++) await call('/prompt', { prompt: poster, prompt_id: `h-${i}` });
    backend.setStatus('run-1', 'cancelled', new Date(Date.now() - 4000));
    backend.setStatus('run-2', 'succeeded', new Date(Date.now() - 3000));
    backend.setStatus('run-3', 'failed', new Date(Date.now() - 2000));
    backend.outputsByRun.set('run-2', [
      { artifactId: 'art-5', nodeId: '5', port: 'image', kind: 'image' },
    ]);
    const history = async (query = '') =>
      (await call(`/history${query}`)).body as Record<string, Record<string, unknown>>;
    expect(Object.keys(await history())).toEqual(['p-1', 'h-0', 'h-1']);
    expect(Object.keys(await history('?max_items=2'))).toEqual(['h-0', 'h-1']);
    const entry = (await call('/history/h-0')).body as Record<string, Record<string, unknown>>;
    expect(entry['h-0']).toMatchObject({
      prompt: [1, 'h-0', poster, {}, ['6']],
      outputs: { 6: { images: [{ filename: 'art-5.png', subfolder: '', type: 'output' }] } },
      status: { status_str: 'success', completed: true },
    });
    expect((await call('/history/h-2')).body).toEqual({}); // still queued
    await call('/history', { delete: ['h-0'] });
    expect(Object.keys(await history())).toEqual(['p-1', 'h-1']);
    await call('/history', { clear: true });
    expect(await history()).toEqual({});
  });

  it('serves an output image by artifact id, refusing paths that leave the folder', async () => {
    backend.images.set('art-5', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2]));
    const view = (query: string) =>
      fetch(`${url}/view?${query}`, { headers: { authorization: 'Bearer ada' } });
    const found = await view('filename=art-5.png&type=output&subfolder=');
    expect(found.headers.get('content-type')).toBe('image/png');
    expect((await view('filename=..%2Fx.png')).status).toBe(400);
    expect((await view('filename=art-5.png&subfolder=..%2F..')).status).toBe(403);
    expect((await view('filename=art-6.png')).status).toBe(404);
    expect((await view('filename=art-5.png&type=secret')).status).toBe(400);
  });
});
