// One server of a test cluster: a hub in cluster mode on its own HTTP server and Socket.IO
// (127.0.0.1, a free port), sharing a Redis and a database with the others.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Database } from '@tessera/db';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { Server } from 'socket.io';
import { artifactParamResolver } from '../artifact-params.ts';
import { HUB_SOCKET_OPTIONS, createHub, type Hub } from '../hub.ts';

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

export interface ClusterHub {
  readonly name: string;
  readonly url: string;
  readonly hub: Hub;
  readonly database: Database;
  readonly logs: string[];
  close(): Promise<void>;
}

export async function startClusterHub(options: ClusterHubOptions): Promise<ClusterHub> {
  const database = await openDatabase({ url: options.databaseUrl });
  const logs: string[] = [];
  const hub = createHub({
    database,
    catalogue: createNodeCatalogue(),
    dataDir: options.dataDir,
    runnerToken: options.token,
    placementTimeoutMs: options.placementTimeoutMs ?? 10_000,
    // Runs of these tests repeat one document: every node must execute.
    cacheBytes: 0,
    log: (line) => logs.push(line),
    resolveParams: artifactParamResolver(database.artifacts),
    cluster: {
      redisUrl: options.redisUrl,
      serverName: options.name,
      ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
      heartbeatMs: options.heartbeatMs ?? 300,
    },
  });
  const http = createServer();
  const io = new Server(http, { ...HUB_SOCKET_OPTIONS, serveClient: false });
  hub.attach(io);
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  if (options.start !== false) await hub.start();
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}`,
    hub,
    database,
    logs,
    async close() {
      await hub.stop();
      await io.close();
      await hub.cluster?.close();
      await database.close();
    },
  };
}
