// A real hub for tests: Socket.IO on 127.0.0.1 (a free port), a database (a SQLite file unless
// told otherwise), the core catalogue; embedded, or one server of a cluster.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Database } from '@tessera/db';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { Server } from 'socket.io';
import { artifactParamResolver } from '../artifact-params.ts';
import { HUB_SOCKET_OPTIONS, createHub, type Hub } from '../hub.ts';
import type { RecoveryReport } from '../run-queue.ts';
import type { ClusterOptions } from '../cluster/cluster.ts';

export interface TestHubOptions {
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly token: string;
  readonly placementTimeoutMs?: number;
  /** The hub's node output cache budget (default: the hub's default; 0 = off). */
  readonly cacheBytes?: number;
  /** Start the scheduler (default true). */
  readonly start?: boolean;
  /** Listen on this port (a restarted hub takes its predecessor's); default a free one. */
  readonly port?: number;
  /** Cluster mode: the Redis and the server's name (default: embedded). */
  readonly cluster?: ClusterOptions;
}

export interface TestHub {
  readonly url: string;
  readonly hub: Hub;
  readonly database: Database;
  readonly recovered: RecoveryReport | undefined;
  readonly logs: string[];
  close(): Promise<void>;
}

export async function startTestHub(options: TestHubOptions): Promise<TestHub> {
  const database = await openDatabase({ url: options.databaseUrl });
  const logs: string[] = [];
  const hub = createHub({
    database,
    catalogue: createNodeCatalogue(),
    dataDir: options.dataDir,
    runnerToken: options.token,
    placementTimeoutMs: options.placementTimeoutMs ?? 5_000,
    ...(options.cacheBytes === undefined ? {} : { cacheBytes: options.cacheBytes }),
    log: (line) => logs.push(line),
    resolveParams: artifactParamResolver(database.artifacts),
    ...(options.cluster ? { cluster: options.cluster } : {}),
  });
  const http = createServer();
  const io = new Server(http, { ...HUB_SOCKET_OPTIONS, serveClient: false });
  hub.attach(io);
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const recovered = options.start === false ? undefined : await hub.start();
  return {
    url: `http://127.0.0.1:${port}`,
    hub,
    database,
    recovered,
    logs,
    async close() {
      await hub.stop();
      await io.close();
      await hub.cluster?.close();
      await database.close();
    },
  };
}
