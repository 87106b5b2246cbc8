// The cluster-wide runner registry. Each server writes the runners attached to it (busy or idle,
// which node types and models) to Redis under a key that expires unless the server keeps it
// fresh, and mirrors every other live server's runners into its own registry and runner links
// (as remote links), so that placement, `runModelsFor`, the health page and `runners:changed`
// see the whole cluster. A server that stops refreshing its key is gone with its runners: their
// jobs count as lost and are placed again.
import type { Redis } from 'ioredis';
import { type RunnerModelSummary, zRunnerModelSummary } from '@tessera/protocol';
import { z } from 'zod';
import type { RunnerLinks } from '../runner-links.ts';
import type { ConnectedRunner, RunnerRegistry } from '../runner-registry.ts';
import { remoteRunnerLink } from './remote-runner-link.ts';
import type { ServerMailbox } from './server-mailbox.ts';

const SERVERS_SET = 'tessera:cluster:servers';
const CHANGED_CHANNEL = 'tessera:cluster:changed';
const serverKey = (id: string): string => `tessera:cluster:server:${id}`;

const zPresence = z.object({
  id: z.string(),
  name: z.string(),
  startedAt: z.number(),
  runners: z.array(
    z.object({
      connectionId: z.string(),
      name: z.string(),
      connectedAt: z.number(),
      nodeTypes: z.array(z.string()),
      providers: z.array(z.string()),
      models: z.array(zRunnerModelSummary),
      busy: z.boolean(),
    }),
  ),
});
export type ServerPresence = z.infer<typeof zPresence>;

export interface ClusterRunnersOptions {
  readonly serverId: string;
  /** How this server is named in health reports (host:port). */
  readonly serverName: string;
  readonly redis: Redis;
  readonly subscriber: Redis;
  readonly registry: RunnerRegistry;
  readonly links: RunnerLinks;
  readonly mailbox: ServerMailbox;
  /** How often the presence is refreshed and the others read (default 2 s); it expires after 3. */
  readonly heartbeatMs?: number;
  readonly log: (line: string) => void;
}

export class ClusterRunners {
  readonly #options: ClusterRunnersOptions;
  readonly #startedAt = Date.now();
  readonly #timer: NodeJS.Timeout;
  readonly #stops: (() => void)[] = [];
  #servers: ServerPresence[] = [];
  #publishQueued = false;
  #syncing = false;
  #syncAgain = false;

  constructor(options: ClusterRunnersOptions) {
    this.#options = options;
    const heartbeatMs = options.heartbeatMs ?? 2_000;
    const changed = (): void => this.#schedulePublish();
    this.#stops.push(options.registry.subscribe(changed), options.links.onBusyChange(changed));
    void options.subscriber.subscribe(CHANGED_CHANNEL).catch(() => undefined);
    options.subscriber.on('message', (channel: string, from: string) => {
      if (channel === CHANGED_CHANNEL && from !== options.serverId) void this.sync();
    });
    this.#timer = setInterval(() => {
      void this.publish().then(() => this.sync());
    }, heartbeatMs);
    this.#timer.unref();
    void this.publish().then(() => this.sync());
  }

  /** The live servers and their runners, as last read from Redis. */
  get servers(): readonly ServerPresence[] {
    return this.#servers;
  }

  #presence(): ServerPresence {
    const { registry, links, serverId, serverName } = this.#options;
    const own = registry.list().filter((runner) => runner.server === undefined);
    return {
      id: serverId,
      name: serverName,
      startedAt: this.#startedAt,
      runners: own.map((runner) => ({
        connectionId: runner.connectionId,
        name: runner.name,
        connectedAt: runner.connectedAt.getTime(),
        nodeTypes: [...runner.nodeTypes],
        providers: [...runner.providers],
        models: (runner.models ?? []).map((model: RunnerModelSummary) => ({ ...model })),
        busy: links.busy(runner.connectionId),
      })),
    };
  }

  /** Publishes once for every change made in the same tick. */
  #schedulePublish(): void {
    if (this.#publishQueued) return;
    this.#publishQueued = true;
    queueMicrotask(() => {
      this.#publishQueued = false;
      void this.publish(true);
    });
  }

  /** Writes this server's presence; with `announce`, tells the others to read it now. */
  async publish(announce = false): Promise<void> {
    const { redis, serverId } = this.#options;
    const ttl = (this.#options.heartbeatMs ?? 2_000) * 3;
    try {
      await redis
        .multi()
        .set(serverKey(serverId), JSON.stringify(this.#presence()), 'PX', ttl)
        .sadd(SERVERS_SET, serverId)
        .exec();
      if (announce) await redis.publish(CHANGED_CHANNEL, serverId);
    } catch {
      // Redis is down: the health page says so; the presence is written again on reconnection.
    }
  }

  /** Reads every live server and mirrors the others' runners here. */
  async sync(): Promise<void> {
    if (this.#syncing) {
      this.#syncAgain = true;
      return;
    }
    this.#syncing = true;
    try {
      do {
        this.#syncAgain = false;
        this.#servers = await this.#readServers();
        this.#mirror();
      } while (this.#syncAgain);
    } catch {
      // Redis is down: keep what we knew; the next heartbeat tries again.
    } finally {
      this.#syncing = false;
    }
  }

  async #readServers(): Promise<ServerPresence[]> {
    const { redis } = this.#options;
    const ids = (await redis.smembers(SERVERS_SET)).sort();
    if (ids.length === 0) return [];
    const values = await redis.mget(ids.map(serverKey));
    const gone = ids.filter((_, i) => values[i] === null);
    if (gone.length > 0) await redis.srem(SERVERS_SET, ...gone);
    return values.flatMap((value) => {
      if (value === null) return [];
      const parsed = zPresence.safeParse(JSON.parse(value));
      return parsed.success ? [parsed.data] : [];
    });
  }

  #mirror(): void {
    const { registry, links, mailbox, serverId } = this.#options;
    const remote = new Map(
      this.#servers
        .filter((server) => server.id !== serverId)
        .flatMap((server) =>
          server.runners.map((runner) => [runner.connectionId, { server, runner }] as const),
        ),
    );
    for (const known of registry.list()) {
      if (known.server === undefined || remote.has(known.connectionId)) continue;
      registry.remove(known.connectionId);
      links.remove(known.connectionId, `runner ${known.name} is gone with its server or left it`);
    }
    const mirrored = new Set(registry.list().map((runner) => runner.connectionId));
    for (const [connectionId, { server, runner }] of remote) {
      if (!mirrored.has(connectionId)) {
        const entry: ConnectedRunner = {
          connectionId,
          name: runner.name,
          connectedAt: new Date(runner.connectedAt),
          nodeTypes: runner.nodeTypes,
          providers: runner.providers,
          models: runner.models,
          server: server.id,
        };
        links.add(
          remoteRunnerLink(
            { ...runner, models: runner.models.map((model) => model.id), serverId: server.id },
            mailbox,
          ),
        );
        registry.add(entry);
      }
      links.setHeldElsewhere(connectionId, runner.busy);
    }
  }

  /** Stops refreshing and removes this server's presence (the others drop its runners). */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    for (const stop of this.#stops) stop();
    const { redis, serverId } = this.#options;
    try {
      await redis.multi().del(serverKey(serverId)).srem(SERVERS_SET, serverId).exec();
      await redis.publish(CHANGED_CHANNEL, serverId);
    } catch {
      // Redis is down: the presence expires by itself.
    }
  }
}
