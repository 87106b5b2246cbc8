// The hub: queue, scheduler, runner links, event fan-out and artifacts, wired together, and
// attached to a Socket.IO server's /runner and /client namespaces.
import type { Database, JsonObject, RunId, RunRecord, UserId, WorkflowId } from '@tessera/db';
import type { Catalogue } from '@tessera/graph';
import type { Server } from 'socket.io';
import type { ParamResolver } from './artifact-params.ts';
import { ArtifactStore } from './artifact-store.ts';
import { attachClientNamespace } from './client-namespace.ts';
import { Cluster, type ClusterOptions, type ClusterStatus } from './cluster/cluster.ts';
import { type EventBus, InProcessEventBus } from './event-bus.ts';
import { DEFAULT_HUB_CACHE_BYTES, NodeOutputCache } from './node-output-cache.ts';
import { NodeResults } from './node-results.ts';
import { InProcessRunQueue, type RecoveryReport, type RunQueue } from './run-queue.ts';
import { attachRunnerNamespace } from './runner-namespace.ts';
import { RunnerLinks } from './runner-links.ts';
import { runModelsFor } from './run-models.ts';
import { RunnerRegistry } from './runner-registry.ts';
import { Scheduler } from './scheduler.ts';
import { defaultServerName } from './server-name.ts';
import { StoredNodeOutputs } from './stored-node-outputs.ts';

/**
 * Socket.IO server options the hub needs: images travel as raw pixels (stored as PNG) (a 1024×1024 RGB output
 * is 3 MiB), above Socket.IO's 1 MB default message limit.
 */
export const HUB_SOCKET_OPTIONS = { maxHttpBufferSize: 64 * 1024 * 1024 } as const;

export interface HubOptions {
  readonly database: Database;
  /** The node specs runs are validated and planned against. */
  readonly catalogue: Catalogue;
  /** Images are stored under `<dataDir>/artifacts/`. */
  readonly dataDir: string;
  readonly runnerToken: string | undefined;
  /** How long a node waits while no runner advertises its type (default 60 s). */
  readonly placementTimeoutMs?: number;
  readonly maxConcurrentRuns?: number;
  /**
   * Budget of the in-memory node output cache, in estimated bytes (image pixels, plan bytes);
   * default 512 MiB. Node outputs are also kept in the database, so a re-run after a restart or
   * on another server is a cache hit too. 0 turns reuse across runs off (every node of every run
   * executes; a run continued after a restart still takes back its own finished nodes).
   */
  readonly cacheBytes?: number;
  /** Recorded on each node this hub drives (default `<host name>:<pid>`). */
  readonly serverName?: string;
  readonly registry?: RunnerRegistry;
  readonly bus?: EventBus;
  readonly queue?: RunQueue;
  readonly log?: (line: string) => void;
  /** Fills in params runners cannot resolve (see `artifactParamResolver`); none by default. */
  readonly resolveParams?: ParamResolver;
  /**
   * Cluster mode: this hub is one of several servers sharing a Redis (and a PostgreSQL). The run
   * queue, event bus, runner registry and cancel then span every server (`queue` and `bus` are
   * ignored).
   */
  readonly cluster?: ClusterOptions;
}

/** What a hub in cluster mode tells about the cluster, and how it leaves it. */
export interface HubCluster {
  readonly serverId: string;
  status(): Promise<ClusterStatus>;
  /** Leaves the cluster (runs still driven here stall and move to another server). */
  close(): Promise<void>;
}

export interface Hub {
  readonly registry: RunnerRegistry;
  readonly links: RunnerLinks;
  readonly bus: EventBus;
  readonly queue: RunQueue;
  readonly scheduler: Scheduler;
  /** Node results reused across runs: an unchanged node is not executed again. */
  readonly cache: NodeOutputCache;
  /** Serves `/runner` and `/client` on `io` (created with `HUB_SOCKET_OPTIONS`). */
  attach(io: Server): void;
  /** Recovers the queue from the database, then starts scheduling. */
  start(): Promise<RecoveryReport>;
  enqueue(input: {
    document: JsonObject;
    workflowId?: WorkflowId | null;
    workflowVersion?: number | null;
    /** Default: those of the connected runners that can execute its nodes (`runModelsFor`). */
    models?: Readonly<Record<string, string>>;
    /** Who queued it: they alone see its events and outputs (with accounts on). */
    ownerId?: UserId | null;
  }): Promise<RunRecord>;
  cancel(runId: RunId): Promise<boolean>;
  /**
   * Stops taking runs (what is executing keeps going; after a restart, or on another server of
   * the cluster, a run left unfinished is continued from its finished nodes).
   */
  stop(): Promise<void>;
  /** In cluster mode: its health, and `close()` to leave the cluster. */
  readonly cluster?: HubCluster;
}

export function createHub(options: HubOptions): Hub {
  const { database } = options;
  const registry = options.registry ?? new RunnerRegistry();
  const links = new RunnerLinks();
  const log = options.log ?? (() => undefined);
  const cluster = options.cluster
    ? new Cluster({
        ...options.cluster,
        runs: database.runs,
        log,
        ...(options.maxConcurrentRuns ? { maxConcurrentRuns: options.maxConcurrentRuns } : {}),
      })
    : undefined;
  const bus = cluster?.bus ?? options.bus ?? new InProcessEventBus();
  const queue = cluster?.queue ?? options.queue ?? new InProcessRunQueue(database.runs);
  const cache = new NodeOutputCache(options.cacheBytes ?? DEFAULT_HUB_CACHE_BYTES);
  const scheduler = new Scheduler({
    queue,
    runs: database.runs,
    bus,
    catalogue: options.catalogue,
    links,
    store: new ArtifactStore(database.artifacts, options.dataDir),
    results: new NodeResults({
      memory: cache,
      stored: new StoredNodeOutputs(database.nodeOutputs, database.artifacts, options.dataDir),
      reuseAcrossRuns: options.cacheBytes !== 0,
    }),
    serverName: options.serverName ?? options.cluster?.serverName ?? defaultServerName(),
    placementTimeoutMs: options.placementTimeoutMs ?? 60_000,
    ...(options.maxConcurrentRuns ? { maxConcurrentRuns: options.maxConcurrentRuns } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.resolveParams ? { resolveParams: options.resolveParams } : {}),
  });
  cluster?.join({ scheduler, registry, links });
  return {
    registry,
    links,
    bus,
    queue,
    scheduler,
    cache,
    ...(cluster ? { cluster } : {}),
    attach(io) {
      if (cluster) io.adapter(cluster.adapter());
      const log = options.log;
      attachRunnerNamespace(io.of('/runner'), {
        token: options.runnerToken,
        registry,
        links,
        ...(log ? { log } : {}),
      });
      attachClientNamespace(io.of('/client'), { bus, registry, links, ...(log ? { log } : {}) });
    },
    async start() {
      const report = await queue.recover();
      scheduler.start();
      return report;
    },
    async enqueue(input) {
      const models = input.models ?? runModelsFor(input.document, registry.list());
      const run = await queue.enqueue({ ...input, models });
      bus.publish({ type: 'run-queued', runId: run.id, at: Date.now() });
      return run;
    },
    cancel: (runId) => (cluster ? cluster.cancel(runId) : scheduler.cancel(runId)),
    async stop() {
      await scheduler.stop();
      await cluster?.pause();
    },
  };
}
