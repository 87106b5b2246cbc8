// pnpm bench:cluster: two servers (A in this process, B a child process), one Redis, one
// PostgreSQL and up to three runner processes on 127.0.0.1, running the bundled poster (decoder
// at 2 steps). Prints one JSON line: runs, lost, duplicated, resumed (continued by another server
// after B was killed), queue-to-start latency p50/p99, plan-token latency p99 from a runner
// attached to B to a browser socket on A, and runs/min with 1, 2 and 3 runners.
// Options: --runs N (per throughput phase, default 6), --latency-runs N (default 5), --no-kill,
// --soak N (N more runs while a runner is killed every few seconds and B once; default 0).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import type { HubToClientEvents } from '@tessera/protocol';
import { posterWorkflow } from '../src/testing/workflows.ts';
import { type ClusterStack, startClusterStack } from '../src/testing/cluster-stack.ts';
import { runThroughChaos } from '../src/testing/cluster-chaos.ts';
import { RunLedger } from '../src/testing/run-ledger.ts';
import { type ClientSocket, quantile } from './token-latency.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '6' },
    'latency-runs': { type: 'string', default: '5' },
    'no-kill': { type: 'boolean', default: false },
    soak: { type: 'string', default: '0' },
  },
});
const runsPerPhase = Number(values.runs);
const latencyRuns = Number(values['latency-runs']);
const RUN_DEADLINE_MS = 240_000;
const LOCK_MS = 3_000;
const KILL_EVERY_MS = 6_000;
/** The soak's bound in time: 200 runs take about 20 minutes on two cores. */
const SOAK_DEADLINE_MS = 45 * 60_000;
const document = posterWorkflow(2);
const wallClockMs = (): number => performance.timeOrigin + performance.now();
const round = (ms: number): number => Math.round(ms * 10) / 10;

const within = (ended: Promise<void>, ms: number): Promise<void> =>
  Promise.race([ended, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

async function queue(
  stack: ClusterStack,
  ledger: RunLedger,
): Promise<{ id: string; ended: Promise<void> }> {
  const at = performance.now();
  const run = await stack.a.hub.enqueue({ document });
  return { id: run.id, ended: ledger.queued(run.id, at) };
}

/** Queues `count` runs at once and answers runs per minute until the last one ends. */
async function throughput(stack: ClusterStack, ledger: RunLedger, count: number): Promise<number> {
  const began = performance.now();
  const runs = await Promise.all(Array.from({ length: count }, () => queue(stack, ledger)));
  await Promise.all(runs.map((run) => within(run.ended, RUN_DEADLINE_MS)));
  return round(count / ((performance.now() - began) / 60_000));
}

/** One run at a time: queue-to-start delays, and plan-token delays runner on B → socket on A. */
async function latencies(stack: ClusterStack, ledger: RunLedger, client: ClientSocket) {
  const ids: string[] = [];
  const tokenMs: number[] = [];
  for (let i = 0; i < latencyRuns; i++) {
    const arrived = new Map<number, number>();
    const onEvent: HubToClientEvents['run:event'] = (event) => {
      if (event.type !== 'node-partial' || event.nodeId !== 'plan') return;
      const { output } = event;
      const now = wallClockMs();
      if (output.kind === 'plan-token') arrived.set(output.index, now);
      if (output.kind === 'plan-tokens')
        for (let k = 0; k < output.ids.length; k++) arrived.set(output.index + k, now);
    };
    client.on('run:event', onEvent);
    const from = new Map(stack.runners.map((r) => [r.name, r.process.lines.length]));
    const run = await queue(stack, ledger);
    await client.timeout(5_000).emitWithAck('run:subscribe', { runId: run.id });
    await within(run.ended, RUN_DEADLINE_MS);
    client.off('run:event', onEvent);
    ids.push(run.id);
    const planner = stack.runners.find((r) => r.name === ledger.runnerOf(run.id, 'plan'));
    if (planner?.on !== 'b') continue; // only a runner on B → the socket on A counts
    for (const line of planner.process.lines.slice(from.get(planner.name) ?? 0)) {
      const [word, index, sentAt] = line.split(' ');
      const at = arrived.get(Number(index));
      if (word === 'token' && at !== undefined) tokenMs.push(at - Number(sentAt));
    }
  }
  return { queueToStart: ledger.queueToStart(ids), tokenMs };
}

async function main(): Promise<void> {
  const stack = await startClusterStack(LOCK_MS);
  const ledger = new RunLedger(stack.a.hub.bus);
  const client: ClientSocket = io(`${stack.a.url}/client`, {
    transports: ['websocket'],
    reconnection: false,
  });
  try {
    const runsPerMin: Record<string, number> = {};
    const plan: ['a' | 'b', string][] = [
      ['b', 'runner-1'],
      ['a', 'runner-2'],
      ['b', 'runner-3'],
    ];
    for (const [count, [on, name]] of plan.entries()) {
      await stack.addRunner(on, name);
      runsPerMin[String(count + 1)] = await throughput(stack, ledger, runsPerPhase);
    }
    const { queueToStart, tokenMs } = await latencies(stack, ledger, client);
    if (!values['no-kill'])
      await runThroughChaos(stack, ledger, { runs: runsPerPhase, deadlineMs: RUN_DEADLINE_MS * 2 });
    if (Number(values.soak) > 0)
      await runThroughChaos(stack, ledger, {
        runs: Number(values.soak),
        killRunnerEveryMs: KILL_EVERY_MS,
        deadlineMs: SOAK_DEADLINE_MS,
      });
    const summary = ledger.summary();
    const succeeded = summary.runs - summary.lost - summary.failed;
    const extraFiles = Math.max(0, stack.savedPngs() - succeeded);
    console.log(
      JSON.stringify({
        runs: summary.runs,
        lost: summary.lost,
        duplicated: summary.duplicated + extraFiles,
        resumed: summary.resumed,
        failed: summary.failed,
        failures: summary.failures,
        queueToStartMs: {
          p50: round(quantile(queueToStart, 0.5)),
          p99: round(quantile(queueToStart, 0.99)),
        },
        planTokenMs: {
          p99: round(quantile(tokenMs, 0.99)),
          p50: round(quantile(tokenMs, 0.5)),
          tokens: tokenMs.length,
          target: 30,
        },
        runsPerMin,
        cores: os.cpus().length,
        note: `runners, servers, Redis and PostgreSQL share ${os.cpus().length} cores: each decoder step is CPU-bound, so runners beyond the core count add no throughput`,
      }),
    );
  } finally {
    client.disconnect();
    ledger.stop();
    await stack.close();
  }
}

await main();
process.exit(); // what is left (sockets closing, timers of a server that closed late) is not ours to wait for
