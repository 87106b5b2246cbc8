// Runs through the real app: queued over HTTP (tRPC runs.enqueue, as the editor does), watched by
// a Socket.IO client on `/client` that hears every event of the run, timed until its end arrives.
import { type Socket, io } from 'socket.io-client';
import type { TimedRun } from './direct-runs.ts';

interface RunEventPayload {
  readonly type: string;
  readonly runId: string;
  readonly error?: string;
}

interface StoredNode {
  readonly nodeId: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly cached: boolean;
}

const ENDS = new Set(['run-finished', 'run-failed', 'run-cancelled']);
const RUN_LIMIT_MS = 120_000;

async function trpc<T>(url: string, procedure: string, input: unknown, post: boolean): Promise<T> {
  const response = post
    ? await fetch(`${url}/api/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      })
    : await fetch(
        `${url}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
      );
  const body = (await response.json()) as { result?: { data?: T } };
  if (!response.ok || body.result?.data === undefined)
    throw new Error(`${procedure} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.result.data;
}

/** Node id → wall-clock time of each node that executed, from the stored run (hub clock). */
export async function storedNodeTimes(url: string, runId: string): Promise<Record<string, number>> {
  const run = await trpc<{ nodes: StoredNode[] }>(url, 'runs.get', { id: runId }, false);
  const nodes: Record<string, number> = {};
  for (const node of run.nodes)
    if (!node.cached && node.startedAt !== null && node.finishedAt !== null)
      nodes[node.nodeId] = Date.parse(node.finishedAt) - Date.parse(node.startedAt);
  return nodes;
}

/** Creates a saved workflow (for the editor to open); answers its id. */
export async function createWorkflow(
  url: string,
  name: string,
  document: unknown,
): Promise<string> {
  return (await trpc<{ id: string }>(url, 'workflows.create', { name, document }, true)).id;
}

export interface AppClient {
  /** Queues `document`, waits for its end event; its times (node times from the stored run). */
  run(document: unknown): Promise<TimedRun & { runId: string }>;
  close(): void;
}

export async function connectAppClient(url: string): Promise<AppClient> {
  const socket: Socket = io(`${url}/client`, { transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const ends = new Map<string, (event: RunEventPayload) => void>();
  socket.on('run:event', (event: RunEventPayload) => {
    if (ENDS.has(event.type)) ends.get(event.runId)?.(event);
  });
  return {
    async run(document) {
      const t0 = performance.now();
      const { id } = await trpc<{ id: string }>(url, 'runs.enqueue', { document }, true);
      const ended = new Promise<RunEventPayload>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`run ${id}: no end in time`)),
          RUN_LIMIT_MS,
        );
        ends.set(id, (event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
      // The run needs seconds; its end cannot come before this subscription is in place.
      await socket.timeout(5_000).emitWithAck('run:subscribe', { runId: id });
      const end = await ended.finally(() => ends.delete(id));
      const ms = performance.now() - t0;
      if (end.type !== 'run-finished') throw new Error(`run ${id} ended ${end.type}: ${end.error}`);
      return { runId: id, ms, nodes: await storedNodeTimes(url, id) };
    },
    close: () => void socket.disconnect(),
  };
}
