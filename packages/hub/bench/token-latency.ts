// Plan-token latency, runner → hub → browser: a run watched by a Socket.IO client on loopback.
// Runners send the tokens of a few milliseconds together (plan-tokens): each token's delay counts
// its wait for the batch.
// The runner child prints `token <index> <ms>` just before each token leaves it; the client notes
// when the token's `node-partial` arrives. Both clocks are `performance.timeOrigin +
// performance.now()` (the system wall clock at process start plus a monotonic clock), so the two
// processes on this machine agree to well under a millisecond.
import type { Socket } from 'socket.io-client';
import type { ClientToHubEvents, HubToClientEvents } from '@tessera/protocol';
import type { Hub } from '../src/hub.ts';
import type { RunnerProcess } from '../src/testing/runner-process.ts';
import { runEnd } from '../src/testing/workflows.ts';

export type ClientSocket = Socket<HubToClientEvents, ClientToHubEvents>;

const wallClockMs = (): number => performance.timeOrigin + performance.now();

/** Runs `document` (alone) and answers each plan token's delay, runner send → client receive. */
export async function tokenLatencies(
  hub: Hub,
  client: ClientSocket,
  runner: RunnerProcess,
  document: Parameters<Hub['enqueue']>[0]['document'],
): Promise<number[]> {
  const received = new Map<number, number>();
  const from = runner.lines.length;
  const run = await hub.enqueue({ document });
  const { ended } = runEnd(hub.bus, run.id, 120_000);
  const onEvent: HubToClientEvents['run:event'] = (event) => {
    if (event.runId !== run.id || event.type !== 'node-partial') return;
    const { output } = event;
    if (output.kind === 'plan-token') received.set(output.index, wallClockMs());
    if (output.kind === 'plan-tokens')
      for (let i = 0; i < output.ids.length; i++) received.set(output.index + i, wallClockMs());
  };
  client.on('run:event', onEvent);
  await client.timeout(5_000).emitWithAck('run:subscribe', { runId: run.id });
  const end = await ended;
  client.off('run:event', onEvent);
  if (end.type !== 'run-finished') throw new Error(`latency run ended ${end.type}`);
  const delays: number[] = [];
  for (const line of runner.lines.slice(from)) {
    const [word, index, sentAt] = line.split(' ');
    const at = received.get(Number(index));
    if (word === 'token' && at !== undefined) delays.push(at - Number(sentAt));
  }
  return delays;
}

/** The `q`-quantile (0..1) of `xs`, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
