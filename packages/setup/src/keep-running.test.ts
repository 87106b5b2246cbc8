// keepRunning with real child processes that exit at once: restarted with a doubling, capped
// backoff, each exit logged and reported, and never again once stopped.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { backoffDelay, keepRunning } from './keep-running.mjs';

const crashing = () => spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
const sleeping = () =>
  spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });

describe('keepRunning', () => {
  it('doubles the delay from the first one up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 1_000, 8_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('starts a crashed child again with backoff, saying so, until stopped', async () => {
    const lines: string[] = [];
    const statuses: { restarts: number; lastExit: { code: number | null } | null }[] = [];
    const keeper = keepRunning({
      name: 'the local runner',
      start: crashing,
      log: (line) => lines.push(line),
      onStatus: (status) => statuses.push(status),
      initialDelayMs: 20,
      maxDelayMs: 80,
    });
    await expect
      .poll(() => keeper.status().restarts, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(4);
    keeper.stop();
    const restarts = keeper.status().restarts;
    expect(lines[0]).toBe(
      'the local runner exited (code 3); starting it again in 0.02 s (the server keeps serving)',
    );
    expect(lines.slice(0, 4).map((line) => /in ([\d.]+) s/.exec(line)?.[1])).toEqual([
      '0.02',
      '0.04',
      '0.08',
      '0.08',
    ]);
    expect(statuses.at(-1)?.lastExit?.code).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(keeper.status().restarts).toBe(restarts);
  });

  it('stops a running child with SIGTERM and does not start it again', async () => {
    const keeper = keepRunning({ name: 'sleeper', start: sleeping, log: () => undefined });
    const child = keeper.current();
    expect(child?.pid).toBeGreaterThan(0);
    const exited = new Promise((resolve) =>
      child?.once('exit', (_code, signal) => resolve(signal)),
    );
    keeper.stop();
    expect(await exited).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(keeper.status()).toMatchObject({ restarts: 0, pid: null });
  });
});
