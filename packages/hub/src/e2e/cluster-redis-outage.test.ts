// Redis going away under a cluster server (a real redis-server, killed and started again on the
// same port, empty): the server stays up, says so, refuses new runs with a clear error, and runs
// it had accepted before run once Redis is back.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PostgresServer, startPostgres } from '@tessera/db/postgres-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueUnavailableError } from '../cluster/queue-unavailable-error.ts';
import { type ClusterHub, startClusterHub } from '../testing/cluster-hub.ts';
import { type RedisServer, startRedis } from '../testing/redis-server.ts';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { modelDir, posterWorkflow } from '../testing/workflows.ts';

const token = 'outage-secret';

describe('a cluster server while Redis is unreachable', { timeout: 180_000 }, () => {
  let dir: string;
  let redis: RedisServer;
  let postgres: PostgresServer;
  let server: ClusterHub;
  let runner: RunnerProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-outage-'));
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    server = await startClusterHub({
      name: 'server-a',
      redisUrl: redis.url,
      databaseUrl: postgres.url,
      dataDir: dir,
      token,
    });
    runner = spawnRunner({
      hubUrl: server.url,
      token,
      name: 'all',
      modelDir,
      outputDir: path.join(dir, 'out'),
    });
    await runner.ready;
  }, 120_000);

  afterAll(async () => {
    runner?.child.kill('SIGKILL');
    await server?.close();
    await Promise.allSettled([redis?.stop(), postgres?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const reachable = async (): Promise<boolean> =>
    (await server.hub.cluster!.status()).redis.reachable;

  it('stays up, refuses new runs with QueueUnavailableError, and runs what it had accepted once Redis returns', async () => {
    await server.hub.stop(); // the accepted run waits in the queue through the outage
    const accepted = await server.hub.enqueue({ document: posterWorkflow(2) });

    await redis.stop(); // everything Redis held is gone (no persistence)
    await expect.poll(reachable, { timeout: 10_000 }).toBe(false);
    expect((await server.hub.cluster!.status()).queue).toBeNull();
    await expect(server.hub.enqueue({ document: posterWorkflow(2) })).rejects.toThrow(
      QueueUnavailableError,
    );
    const runs = await server.database.runs.list();
    expect(runs.map((run) => run.id)).toEqual([accepted.id]); // nothing half-accepted

    redis = await startRedis({ port: redis.port });
    await expect.poll(reachable, { timeout: 15_000 }).toBe(true);
    await server.hub.start();
    await expect
      .poll(async () => (await server.database.runs.get(accepted.id))?.status, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe('succeeded');
    const again = await server.hub.enqueue({ document: posterWorkflow(2) });
    await expect
      .poll(async () => (await server.database.runs.get(again.id))?.status, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe('succeeded');
  });
});
