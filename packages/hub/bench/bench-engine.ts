// `pnpm bench:engine`: prints one JSON line.
// - engine overhead and cached re-run ratio: packages/engine/bench/engine-overhead.ts, run in its
//   own process first (see there for the method);
// - plan-token latency runner → Socket.IO client (p50/p99 ms; see token-latency.ts): a real hub on
//   127.0.0.1, one runner child process, a socket.io-client in this process, after a warm-up run;
// - runs per minute with that one runner: RUNS poster runs (decode STEPS) queued at once, from the
//   first enqueue to the last run's end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { spawnRunner } from '../src/testing/runner-process.ts';
import { startTestHub } from '../src/testing/test-hub.ts';
import { modelDir, posterWorkflow, runEnd } from '../src/testing/workflows.ts';
import { type ClientSocket, quantile, tokenLatencies } from './token-latency.ts';

const STEPS = 2;
const LATENCY_RUNS = 2;
const THROUGHPUT_RUNS = 4;
const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

const engineDir = path.resolve(import.meta.dirname, '../../engine');
const engineLine = execFileSync(
  process.execPath,
  ['--import', 'tsx', 'bench/engine-overhead.ts', '--pairs', '15', '--steps', '4'],
  { cwd: engineDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
)
  .trim()
  .split('\n')
  .at(-1);
const engine = JSON.parse(engineLine ?? '{}') as Record<string, unknown>;

const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-hub-'));
const token = 'bench';
const hub = await startTestHub({
  databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
  dataDir: dir,
  token,
  // Every run repeats one document: with the cache on, all but the first would execute nothing.
  cacheBytes: 0,
});
const runner = spawnRunner({
  hubUrl: hub.url,
  token,
  name: 'bench',
  modelDir,
  outputDir: path.join(dir, 'out'),
  timeTokens: true,
});
const client: ClientSocket = io(`${hub.url}/client`, {
  transports: ['websocket'],
  reconnection: false,
});
try {
  await runner.ready;
  if (!client.connected) await new Promise<void>((resolve) => client.once('connect', resolve));
  const note = (line: string): boolean => process.stderr.write(`bench:engine: ${line}\n`);
  note(`engine ${JSON.stringify(engine)}`);
  await tokenLatencies(hub.hub, client, runner, posterWorkflow(STEPS)); // warm-up
  note('warm-up run done');
  const delays: number[] = [];
  for (let i = 0; i < LATENCY_RUNS; i++)
    delays.push(...(await tokenLatencies(hub.hub, client, runner, posterWorkflow(STEPS))));

  note(`latency runs done (${delays.length} tokens)`);
  const t0 = performance.now();
  const ends = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    const run = await hub.hub.enqueue({ document: posterWorkflow(STEPS) });
    ends.push(runEnd(hub.hub.bus, run.id, 120_000).ended);
  }
  const outcomes = await Promise.all(ends);
  const minutes = (performance.now() - t0) / 60_000;
  if (outcomes.some((e) => e.type !== 'run-finished')) throw new Error('a throughput run failed');

  console.log(
    JSON.stringify({
      ...engine,
      planTokenLatencyMs: {
        p50: round(quantile(delays, 0.5), 3),
        p99: round(quantile(delays, 0.99), 3),
        max: round(Math.max(...delays), 3),
        tokens: delays.length,
      },
      runsPerMinute: round(THROUGHPUT_RUNS / minutes),
      runsPerMinuteDecodeSteps: STEPS,
      targets: { engineOverheadPct: 2, cachedRerunRatio: 0.05, planTokenP99Ms: 20 },
    }),
  );
} finally {
  client.disconnect();
  runner.child.kill('SIGTERM');
  await runner.exited;
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
}
