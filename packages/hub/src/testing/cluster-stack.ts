// The cluster the bench measures, all on 127.0.0.1: Redis, PostgreSQL, server A in this process
// (the bench queues runs and watches through it), server B as a child process (so that it can be
// killed and started again on its port), and runner processes attached to one or the other.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PostgresServer, startPostgres } from '@tessera/db/postgres-server';
import { type ClusterHub, type ClusterHubOptions, startClusterHub } from './cluster-hub.ts';
import { type ClusterHubProcess, spawnClusterHub } from './cluster-hub-process.ts';
import { type RedisServer, freePort, startRedis } from './redis-server.ts';
import { type RunnerProcess, spawnRunner } from './runner-process.ts';
import { modelDir } from './workflows.ts';

const token = 'bench-cluster';

export interface NamedRunner {
  readonly name: string;
  /** The server it is attached to. */
  readonly on: 'a' | 'b';
  readonly process: RunnerProcess;
}

export interface ClusterStack {
  readonly a: ClusterHub;
  readonly runners: NamedRunner[];
  /** Starts a runner attached to server `on` and waits until server A knows it. */
  addRunner(on: 'a' | 'b', name: string): Promise<NamedRunner>;
  /**
   * kill -9 of a runner, then the same runner started again (a crashed GPU worker restarted);
   * answers its start, which ends once it is connected (one attached to a server that is down
   * connects when that server is back).
   */
  restartRunner(name: string): Promise<{ ready: Promise<void> }>;
  /** kill -9 of server B. */
  killB(): Promise<void>;
  /** Starts server B again on its port (its runners reconnect by themselves). */
  restartB(): Promise<void>;
  /** PNG files the runners saved. */
  savedPngs(): number;
  /** What server A logged and what server B printed (every start of it), about `runId`. */
  logsAbout(runId: string): string[];
  close(): Promise<void>;
}

export async function startClusterStack(lockDurationMs: number): Promise<ClusterStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-cluster-'));
  const [redis, postgres]: [RedisServer, PostgresServer] = await Promise.all([
    startRedis(),
    startPostgres(),
  ]);
  const shared = {
    // As in production: a node waits up to a minute for a capable runner (one restarting).
    placementTimeoutMs: 60_000,
    redisUrl: redis.url,
    databaseUrl: postgres.url,
    dataDir: dir,
    token,
    lockDurationMs,
  };
  const a = await startClusterHub({ ...shared, name: 'server-a' });
  const bOptions: ClusterHubOptions = { ...shared, name: 'server-b', port: await freePort() };
  let b: ClusterHubProcess = spawnClusterHub(bOptions);
  const bLines: string[][] = [b.lines];
  const bUrl = await b.url;
  const runners: NamedRunner[] = [];
  const outputDir = path.join(dir, 'out');

  const spawnNamed = (on: 'a' | 'b', name: string): RunnerProcess =>
    spawnRunner({
      hubUrl: on === 'a' ? a.url : bUrl,
      token,
      name,
      modelDir,
      outputDir: path.join(outputDir, name),
      timeTokens: true,
    });

  return {
    a,
    runners,
    async addRunner(on, name) {
      const runner = spawnNamed(on, name);
      const named = { name, on, process: runner };
      runners.push(named);
      await runner.ready;
      const deadline = Date.now() + 15_000;
      while (!a.hub.registry.list().some((r) => r.name === name)) {
        if (Date.now() > deadline) throw new Error(`server A never heard of runner ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return named;
    },
    async restartRunner(name) {
      const index = runners.findIndex((r) => r.name === name);
      const old = runners[index];
      if (!old) throw new Error(`no runner ${name}`);
      old.process.child.kill('SIGKILL');
      await old.process.exited;
      const runner = spawnNamed(old.on, name);
      runners[index] = { ...old, process: runner };
      runner.ready.catch(() => undefined);
      return { ready: runner.ready };
    },
    async killB() {
      b.child.kill('SIGKILL');
      await b.exited;
    },
    async restartB() {
      b = spawnClusterHub(bOptions);
      bLines.push(b.lines);
      await b.url;
    },
    savedPngs() {
      try {
        return readdirSync(outputDir, { recursive: true, encoding: 'utf8' }).filter(
          (file) => file.endsWith('.png') && !file.includes('.tessera-once'),
        ).length;
      } catch {
        return 0;
      }
    },
    logsAbout(runId) {
      const about = (prefix: string, lines: readonly string[]): string[] =>
        lines.filter((line) => line.includes(runId)).map((line) => `${prefix}: ${line}`);
      return [
        ...about('A', a.logs),
        ...bLines.flatMap((lines, start) => about(`B#${start + 1}`, lines)),
      ];
    },
    async close() {
      for (const runner of runners) runner.process.child.kill('SIGKILL');
      b.child.kill('SIGKILL');
      // Redis and PostgreSQL are stopped even if server A does not close in time.
      await Promise.race([a.close(), new Promise((resolve) => setTimeout(resolve, 20_000))]);
      await Promise.allSettled([redis.stop(), postgres.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
