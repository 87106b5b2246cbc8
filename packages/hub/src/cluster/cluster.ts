// Cluster mode: every piece that makes several web servers one hub, on one Redis. The run queue
// is BullMQ, run events go through Redis pub/sub (and the Socket.IO Redis adapter carries them to
// browsers on every server), runners are known cluster-wide and can be used from any server, and
// cancel reaches the server driving the run.
import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { RunId, RunRepository } from '@tessera/db';
import type { RunnerLinks } from '../runner-links.ts';
import type { RunnerRegistry } from '../runner-registry.ts';
import type { Scheduler } from '../scheduler.ts';
import { BullMqRunQueue } from './bullmq-run-queue.ts';
import { ClusterCancel } from './cluster-cancel.ts';
import { ClusterRunners, type ServerPresence } from './cluster-runners.ts';
import { RedisEventBus } from './redis-event-bus.ts';
import { connectRedis, redisReady } from './redis-connection.ts';
import { attachRunnerRelay } from './runner-relay.ts';
import { ServerMailbox } from './server-mailbox.ts';

export interface ClusterOptions {
  /** redis://… of the Redis every server of the cluster shares. */
  readonly redisUrl: string;
  /** How this server is named in health reports (default: a random id). */
  readonly serverName?: string;
  /** A run's lock: a server silent this long loses its runs to the others (default 30 s). */
  readonly lockDurationMs?: number;
  /** How often servers tell each other about their runners (default 2 s; gone after 3). */
  readonly heartbeatMs?: number;
}

export interface ClusterStatus {
  readonly serverId: string;
  readonly redis: { readonly reachable: boolean };
  /** Runs waiting for a server, and runs servers are driving; null while Redis is unreachable. */
  readonly queue: { readonly waiting: number; readonly active: number } | null;
  readonly servers: readonly {
    readonly id: string;
    readonly name: string;
    readonly runners: readonly { readonly name: string; readonly busy: boolean }[];
  }[];
}

interface Members {
  readonly scheduler: Scheduler;
  readonly registry: RunnerRegistry;
  readonly links: RunnerLinks;
}

export class Cluster {
  readonly serverId = randomUUID();
  readonly queue: BullMqRunQueue;
  readonly bus: RedisEventBus;
  readonly #options: ClusterOptions;
  readonly #log: (line: string) => void;
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #adapterClients: readonly [Redis, Redis];
  readonly #runs: RunRepository;
  #runners: ClusterRunners | undefined;
  #cancel: ClusterCancel | undefined;

  constructor(
    options: ClusterOptions & {
      readonly runs: RunRepository;
      readonly maxConcurrentRuns?: number;
      readonly log: (line: string) => void;
    },
  ) {
    this.#options = options;
    this.#log = options.log;
    this.#runs = options.runs;
    const connect = (role: string, maxRetriesPerRequest?: null): Redis =>
      connectRedis({
        url: options.redisUrl,
        role,
        log: options.log,
        ...(maxRetriesPerRequest === null ? { maxRetriesPerRequest } : {}),
      });
    this.#publisher = connect('publish');
    this.#subscriber = connect('subscribe');
    // The adapter does not catch a failed PUBLISH: its commands wait for the reconnection.
    this.#adapterClients = [
      connect('socket.io publish', null),
      connect('socket.io subscribe', null),
    ];
    this.queue = new BullMqRunQueue({
      redisUrl: options.redisUrl,
      runs: options.runs,
      log: options.log,
      ...(options.maxConcurrentRuns ? { concurrency: options.maxConcurrentRuns } : {}),
      ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
    });
    this.bus = new RedisEventBus(this.serverId, this.#publisher, this.#subscriber);
  }

  /** The Socket.IO adapter factory: rooms and broadcasts span every server. */
  adapter(): ReturnType<typeof createAdapter> {
    const [pub, sub] = this.#adapterClients;
    return createAdapter(pub, sub, { key: 'tessera-io' });
  }

  /** Joins this server's scheduler, registry and runner links to the cluster. */
  join(members: Members): void {
    const mailbox = new ServerMailbox(this.serverId, this.#publisher, this.#subscriber);
    attachRunnerRelay({ mailbox, links: members.links, log: this.#log });
    this.#runners = new ClusterRunners({
      serverId: this.serverId,
      serverName: this.#options.serverName ?? this.serverId,
      redis: this.#publisher,
      subscriber: this.#subscriber,
      registry: members.registry,
      links: members.links,
      mailbox,
      log: this.#log,
      ...(this.#options.heartbeatMs ? { heartbeatMs: this.#options.heartbeatMs } : {}),
    });
    this.queue.whenLockLost((runId) => members.scheduler.handOver(runId));
    this.#cancel = new ClusterCancel({
      publisher: this.#publisher,
      subscriber: this.#subscriber,
      scheduler: members.scheduler,
      queue: this.queue,
      runs: this.#runs,
      bus: this.bus,
    });
  }

  cancel(runId: RunId): Promise<boolean> {
    if (!this.#cancel) throw new Error('The cluster has not been joined yet');
    return this.#cancel.cancel(runId);
  }

  async status(): Promise<ClusterStatus> {
    const reachable = redisReady(this.#publisher) && this.queue.available;
    const queue = reachable ? await this.queue.depth().catch(() => null) : null;
    const servers: readonly ServerPresence[] = this.#runners?.servers ?? [];
    return {
      serverId: this.serverId,
      redis: { reachable },
      queue,
      servers: servers.map((server) => ({
        id: server.id,
        name: server.name,
        runners: server.runners.map((runner) => ({ name: runner.name, busy: runner.busy })),
      })),
    };
  }

  /** Stops taking runs (runs this server drives keep going). */
  pause(): Promise<void> {
    return this.queue.pause();
  }

  /** Leaves the cluster: runs still driven here stall and move to another server. */
  async close(): Promise<void> {
    await this.#runners?.close();
    await this.queue.close();
    for (const redis of [this.#publisher, this.#subscriber, ...this.#adapterClients])
      redis.disconnect();
  }
}
