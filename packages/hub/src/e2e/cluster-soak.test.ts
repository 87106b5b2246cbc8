// The soak, bounded: short runs (decoder at 2 steps) queued at once across two servers and three
// runners, a runner killed with -9 and started again every few seconds and server B killed and
// started again once. Every run ends, succeeded or failed naming the node and the reason; none
// finishes twice; each succeeded run saved exactly one PNG. (`pnpm bench:cluster --soak 200` is
// the same with 200 runs.)
import type { RunId } from '@tessera/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThroughChaos } from '../testing/cluster-chaos.ts';
import { type ClusterStack, startClusterStack } from '../testing/cluster-stack.ts';
import { RunLedger } from '../testing/run-ledger.ts';

const RUNS = 16;
const LOCK_MS = 2_000;
const DEADLINE_MS = 360_000;

describe('the cluster soak', { timeout: DEADLINE_MS + 120_000 }, () => {
  let stack: ClusterStack;
  let ledger: RunLedger;

  beforeAll(async () => {
    stack = await startClusterStack(LOCK_MS);
    ledger = new RunLedger(stack.a.hub.bus);
    await stack.addRunner('b', 'runner-1');
    await stack.addRunner('a', 'runner-2');
    await stack.addRunner('b', 'runner-3');
  }, 180_000);

  afterAll(async () => {
    ledger?.stop();
    await stack?.close();
  }, 60_000);

  it('loses no run, finishes none twice and writes no second file', async () => {
    const ids = await runThroughChaos(stack, ledger, {
      runs: RUNS,
      killRunnerEveryMs: 5_000,
      deadlineMs: DEADLINE_MS,
    });
    const outcomes = ledger.outcomes();
    expect(outcomes.map((o) => o.runId).sort()).toEqual([...ids].sort());
    const whyOpen = async (runId: string): Promise<string> => {
      const run = await stack.a.database.runs.get(runId as RunId);
      const nodes = await stack.a.database.runs.listNodes(runId as RunId);
      return [
        `run ${runId} never ended (database: ${run?.status})`,
        ...nodes.map((n) => `  ${n.nodeId}: ${n.status} on ${n.runnerName ?? '?'}`),
        ...stack.logsAbout(runId),
      ].join('\n');
    };
    for (const outcome of outcomes) {
      if (outcome.end === undefined) expect.fail(await whyOpen(outcome.runId));
      expect(outcome.finishes, `run ${outcome.runId} finished twice`).toBeLessThanOrEqual(1);
      if (outcome.end === 'run-failed') {
        expect(outcome.failedNode, `run ${outcome.runId}: ${outcome.error}`).toBeDefined();
        expect(outcome.error).toMatch(/^Node "[^"]+" failed: .+/);
      } else expect(outcome.end).toBe('run-finished');
    }
    // The database agrees: no run is left open.
    for (const id of ids) {
      const run = await stack.a.database.runs.get(id as RunId);
      expect(['succeeded', 'failed']).toContain(run?.status);
    }
    const succeeded = outcomes.filter((o) => o.end === 'run-finished').length;
    expect(stack.savedPngs()).toBe(succeeded);
    expect(succeeded).toBeGreaterThan(0);
  });
});
