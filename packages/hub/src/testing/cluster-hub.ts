// One server of a test cluster: a test hub in cluster mode on its own HTTP server and Socket.IO
// (127.0.0.1, a free port), sharing a Redis and a database with the others.
import { type TestHub, startTestHub } from './test-hub.ts';

export interface ClusterHubOptions {
  readonly name: string;
  readonly redisUrl: string;
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly token: string;
  readonly placementTimeoutMs?: number;
  readonly lockDurationMs?: number;
  readonly heartbeatMs?: number;
  /** Take runs from the queue (default true). */
  readonly start?: boolean;
  /** Listen on this port (default: a free one), e.g. to come back where runners expect it. */
  readonly port?: number;
}

export interface ClusterHub extends TestHub {
  readonly name: string;
}

export async function startClusterHub(options: ClusterHubOptions): Promise<ClusterHub> {
  const server = await startTestHub({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    token: options.token,
    placementTimeoutMs: options.placementTimeoutMs ?? 10_000,
    // Runs of these tests repeat one document: every node must execute.
    cacheBytes: 0,
    ...(options.start === undefined ? {} : { start: options.start }),
    ...(options.port === undefined ? {} : { port: options.port }),
    cluster: {
      redisUrl: options.redisUrl,
      serverName: options.name,
      ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
      heartbeatMs: options.heartbeatMs ?? 300,
    },
  });
  return { ...server, name: options.name };
}
