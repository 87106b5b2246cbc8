// A ComfyBackend in memory, for this package's own tests: runs are queued into a list, events
// are whatever the test publishes, callers are named by their bearer token. The web server's
// backend over the real hub is tested end to end in apps/web.
import type { Catalogue } from '@tessera/graph';
import type { RunEvent } from '@tessera/protocol';
import type { ComfyBackend, ComfyCaller, ComfyRun, ComfyRunOutput } from '../backend.ts';

export interface MemoryRun extends ComfyRun {
  readonly ownerKey: string;
}

export interface MemoryBackend extends ComfyBackend {
  readonly runs: MemoryRun[];
  readonly outputsByRun: Map<string, ComfyRunOutput[]>;
  readonly images: Map<string, Uint8Array>;
  readonly cancelled: string[];
  /** Publishes a run event to the subscribers, as the hub's bus does. */
  publish(event: RunEvent): void;
  /** Sets a run's status (and its finish time when it ends). */
  setStatus(runId: string, status: ComfyRun['status'], at?: Date): void;
}

export function memoryBackend(catalogue: Catalogue, inputDir = '/nonexistent'): MemoryBackend {
  const runs: MemoryRun[] = [];
  const listeners = new Set<(event: RunEvent) => void>();
  const cancelled: string[] = [];
  const mine = (caller: ComfyCaller) => runs.filter((run) => run.ownerKey === caller.key);
  const backend: MemoryBackend = {
    catalogue,
    version: 'test',
    runs,
    outputsByRun: new Map(),
    images: new Map(),
    cancelled,
    publish: (event) => {
      for (const listener of listeners) listener(event);
    },
    setStatus(runId, status, at = new Date()) {
      const index = runs.findIndex((run) => run.id === runId);
      const run = runs[index];
      if (!run) throw new Error(`no run ${runId}`);
      const ended = status !== 'queued' && status !== 'running';
      runs[index] = { ...run, status, ...(ended ? { finishedAt: at } : {}) };
    },
    authenticate: (headers) => {
      const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
      return Promise.resolve(token === undefined ? undefined : { key: token });
    },
    enqueue(caller, document) {
      const run: MemoryRun = {
        id: `run-${runs.length + 1}`,
        ownerKey: caller.key,
        status: 'queued',
        document,
        queuedAt: new Date(),
        startedAt: null,
        finishedAt: null,
        error: null,
        errorNodeId: null,
      };
      runs.push(run);
      backend.publish({ type: 'run-queued', runId: run.id, at: Date.now() });
      return Promise.resolve(run);
    },
    cancel(caller, runId) {
      const run = mine(caller).find((r) => r.id === runId);
      if (run) cancelled.push(runId);
      return Promise.resolve(run !== undefined);
    },
    listRuns(caller, options) {
      const listed = mine(caller)
        .filter((run) => !options.statuses || options.statuses.includes(run.status))
        .reverse();
      return Promise.resolve(options.limit ? listed.slice(0, options.limit) : listed);
    },
    getRun: (caller, runId) => Promise.resolve(mine(caller).find((run) => run.id === runId)),
    outputs: (_, runId) => Promise.resolve(backend.outputsByRun.get(runId) ?? []),
    readImage: (_, artifactId) => Promise.resolve(backend.images.get(artifactId)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    devices: () => [],
    inputDirFor: () => inputDir,
  };
  return backend;
}
