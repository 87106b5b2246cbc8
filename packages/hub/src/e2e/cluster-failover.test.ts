// kill -9 of the server driving a run, while its decoder runs: the other server takes the run
// over (BullMQ: the dead server's lock expires, the stalled job moves back to waiting) and
// finishes it from its finished nodes; the PNG it saves is byte-identical to that of a run nobody
// interrupted. Real processes on 127.0.0.1: Redis, PostgreSQL, one server killed, a runner.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PostgresServer, startPostgres } from '@tessera/db/postgres-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClusterHub, startClusterHub } from '../testing/cluster-hub.ts';
import { type ClusterHubProcess, spawnClusterHub } from '../testing/cluster-hub-process.ts';
import { type RedisServer, startRedis } from '../testing/redis-server.ts';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'failover-secret';
const LOCK_MS = 2_000;

describe('a server killed while it drives a run', { timeout: 240_000 }, () => {
  let dir: string;
  let outputDir: string;
  let redis: RedisServer;
  let postgres: PostgresServer;
  let survivor: ClusterHub;
  let doomed: ClusterHubProcess;
  let runner: RunnerProcess;

  const pngs = (): string[] =>
    readdirSync(outputDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.png') && !file.includes('.tessera-once'))
      .sort();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-failover-'));
    outputDir = path.join(dir, 'out');
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const shared = {
      redisUrl: redis.url,
      databaseUrl: postgres.url,
      dataDir: dir,
      token,
      lockDurationMs: LOCK_MS,
    };
    // The survivor migrates the database and holds the runner; it takes no runs until told to,
    // so that the doomed server drives them.
    survivor = await startClusterHub({ ...shared, name: 'survivor', start: false });
    doomed = spawnClusterHub({ ...shared, name: 'doomed' });
    await doomed.url;
    runner = spawnRunner({ hubUrl: survivor.url, token, name: 'all', modelDir, outputDir });
    await runner.ready;
  }, 120_000);

  afterAll(async () => {
    runner?.child.kill('SIGKILL');
    doomed?.child.kill('SIGKILL');
    await survivor?.close();
    await Promise.allSettled([redis?.stop(), postgres?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('is finished by the other server, its PNG byte-identical to an uninterrupted run', async () => {
    const document = posterWorkflow(6);
    const reference = await survivor.hub.enqueue({ document });
    const referenceEnd = runEnd(survivor.hub.bus, reference.id, 120_000);
    expect((await referenceEnd.ended).type).toBe('run-finished');
    const [referencePng] = pngs();
    expect(referencePng).toBeDefined();

    const run = await survivor.hub.enqueue({ document });
    const { events, ended } = runEnd(survivor.hub.bus, run.id, 180_000);
    await new Promise<void>((resolve) => {
      const stop = survivor.hub.bus.subscribe((event) => {
        if (event.runId !== run.id || event.type !== 'node-progress' || event.nodeId !== 'decode')
          return;
        stop();
        resolve();
      });
    });
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    await survivor.hub.start();

    const end = await ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    expect((await survivor.database.runs.get(run.id))?.status).toBe('succeeded');
    // Started twice: by the doomed server, then continued by the survivor.
    expect(events.filter((event) => event.type === 'run-started')).toHaveLength(2);
    const files = pngs();
    expect(files).toHaveLength(2); // one per run: the save did not write twice
    const saved = files.find((file) => file !== referencePng)!;
    expect(readFileSync(path.join(outputDir, saved))).toEqual(
      readFileSync(path.join(outputDir, referencePng!)),
    );
  });
});
