// The WebSocket over an in-memory backend: status with the socket's id on connect, a prompt's
// events only to its client's sockets, ComfyUI's message order (cached nodes in one message, the
// error's fields, the final executing {node: null}), and events that came before the prompt
// was known.
import { readFileSync } from 'node:fs';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import type { RunEvent } from '@tessera/protocol';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComfyApiServer, createComfyApiServer } from '../comfy-api-server.ts';
import { type MemoryBackend, memoryBackend } from '../testing/memory-backend.ts';

const poster: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/poster.api.json', import.meta.url), 'utf8'),
);
let backend: MemoryBackend;
let api: ComfyApiServer;
let port: number;

beforeAll(async () => {
  backend = memoryBackend(createNodeCatalogue());
  api = createComfyApiServer({ backend, statusIntervalMs: 200 });
  port = await api.listen(0, '127.0.0.1');
});
afterAll(() => api?.close());

interface Socket {
  readonly messages: { type: string; data: Record<string, unknown> }[];
  readonly frames: Buffer[];
  close(): void;
}

function connect(clientId: string, caller = 'ada'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?clientId=${clientId}`, {
      headers: { authorization: `Bearer ${caller}` },
    });
    const socket: Socket = { messages: [], frames: [], close: () => ws.close() };
    ws.on('message', (data: Buffer, binary) => {
      if (binary) socket.frames.push(data);
      else socket.messages.push(JSON.parse(data.toString('utf8')) as Socket['messages'][number]);
    });
    ws.on('open', () => resolve(socket));
    ws.on('error', reject);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));
const types = (socket: Socket) =>
  socket.messages.map((m) => m.type).filter((type) => type !== 'status');

async function queue(clientId: string | undefined, promptId: string) {
  const response = await fetch(`http://127.0.0.1:${port}/prompt`, {
    method: 'POST',
    headers: { authorization: 'Bearer ada', 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: poster, prompt_id: promptId, client_id: clientId }),
  });
  expect(response.status).toBe(200);
  return backend.runs.at(-1)!.id;
}

/** A run event before its run is named (distributes over the union). */
type Unrouted<T = RunEvent> = T extends unknown ? Omit<T, 'runId'> : never;

const at = Date.now();
const node = (type: RunEvent['type'], nodeId: string, extra: Record<string, unknown> = {}) =>
  ({ type, nodeId, nodeType: 'x', at, ...extra }) as unknown as Unrouted;

describe('WS /ws', () => {
  it('says status with the socket id on connect, and again while idle', async () => {
    const socket = await connect('watcher');
    await new Promise((resolve) => setTimeout(resolve, 450));
    const statuses = socket.messages.filter((m) => m.type === 'status');
    expect(statuses[0]?.data).toEqual({
      status: { exec_info: { queue_remaining: 0 } },
      sid: 'watcher',
    });
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    socket.close();
  });

  it('sends a prompt’s events to its client only, in ComfyUI’s order', async () => {
    const mine = await connect('mine');
    const other = await connect('other');
    const runId = await queue('mine', 'p-order');
    const send = (event: Unrouted) => backend.publish({ ...event, runId });
    send({ type: 'run-started', order: ['1', '2', '3'], at });
    send(node('node-finished', '1', { runner: '', ms: 0, artifacts: [], cached: true }));
    send(node('node-finished', '2', { runner: '', ms: 0, artifacts: [], cached: true }));
    send(node('node-started', '3', { runner: 'r', attempt: 1 }));
    send(node('node-progress', '3', { step: 1, total: 4 }));
    send(
      node('node-partial', '3', {
        output: { kind: 'plan-token', index: 15, id: 3, probability: 1, width: 4, height: 4 },
      }),
    );
    send(node('node-failed', '3', { message: 'out of memory' }));
    send({ type: 'run-failed', error: 'Node "3" failed: out of memory', nodeId: '3', at });
    await settle();
    expect(types(mine)).toEqual([
      'execution_start',
      'execution_cached',
      'executing',
      'progress',
      'execution_error',
      'executing',
    ]);
    const byType = (type: string) => mine.messages.filter((m) => m.type === type);
    expect(byType('execution_cached')[0]?.data).toMatchObject({
      nodes: ['1', '2'],
      prompt_id: 'p-order',
    });
    expect(byType('progress')[0]?.data).toEqual({
      value: 1,
      max: 4,
      prompt_id: 'p-order',
      node: '3',
    });
    expect(byType('execution_error')[0]?.data).toMatchObject({
      prompt_id: 'p-order',
      node_id: '3',
      exception_message: 'Node "3" failed: out of memory',
      executed: ['1', '2'],
    });
    expect(byType('executing').at(-1)?.data).toEqual({
      node: null,
      display_node: null,
      prompt_id: 'p-order',
    });
    expect(mine.frames).toHaveLength(1); // the plan mosaic, every 16 tokens
    expect(mine.frames[0]?.readUInt32BE(0)).toBe(1);
    expect(mine.frames[0]?.readUInt32BE(4)).toBe(2);
    expect(types(other)).toEqual([]);
    mine.close();
    other.close();
  });

  it('sends executed with the image an output node received, then execution_success', async () => {
    const socket = await connect('saver');
    const runId = await queue('saver', 'p-save');
    const send = (event: Unrouted) => backend.publish({ ...event, runId });
    send({ type: 'run-started', order: ['5', '6'], at });
    const artifacts = [{ port: 'image', artifactId: 'up-1', kind: 'image' }];
    send(node('node-finished', '5', { runner: 'r', ms: 5, artifacts, cached: false }));
    send(node('node-finished', '6', { runner: 'r', ms: 5, artifacts: [], cached: false }));
    send({ type: 'run-finished', at });
    await settle();
    expect(types(socket)).toEqual([
      'execution_start',
      'executed',
      'execution_success',
      'executing',
    ]);
    expect(socket.messages.find((m) => m.type === 'executed')?.data).toEqual({
      node: '6',
      display_node: '6',
      output: { images: [{ filename: 'up-1.png', subfolder: '', type: 'output' }] },
      prompt_id: 'p-save',
    });
    socket.close();
  });

  it('without a client_id, sends to every socket of the caller and none of another', async () => {
    const a = await connect('a1');
    const b = await connect('b1', 'bob');
    const runId = await queue(undefined, 'p-all');
    backend.publish({ type: 'run-cancelled', runId, at });
    await settle();
    expect(types(a)).toEqual(['execution_interrupted', 'executing']);
    expect(types(b)).toEqual([]);
    a.close();
    b.close();
  });
});
