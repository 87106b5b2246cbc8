// Cancelling a run on a real runner process, during the planner and during the decoder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDuring } from '../testing/cancel-timing.ts';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, posterWorkflow } from '../testing/workflows.ts';

const token = 'cancel-secret';
/** Room for the cancel's round trip (hub → runner → hub) and the database write. */
const SLACK_MS = 250;

describe('cancelling a run on a runner process', { timeout: 120_000 }, () => {
  let dir: string;
  let outputDir: string;
  let t: TestHub;
  let runner: RunnerProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-cancel-'));
    outputDir = path.join(dir, 'out');
    t = await startTestHub({
      databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
      dataDir: dir,
      token,
      placementTimeoutMs: 2_000,
    });
    runner = spawnRunner({ hubUrl: t.url, token, name: 'all', modelDir, outputDir });
    await runner.ready;
  });

  afterAll(async () => {
    runner.child.kill('SIGKILL');
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const filesIn = (folder: string): string[] => {
    try {
      return readdirSync(folder, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
  };

  it.each([
    { stage: 'planner', nodeId: 'plan', afterSteps: 4 },
    { stage: 'decoder', nodeId: 'decode', afterSteps: 2 },
  ])('ends cancelled within one model step during the $stage', async ({ nodeId, afterSteps }) => {
    const timing = await cancelDuring(t.hub, posterWorkflow(20), nodeId, afterSteps);
    expect(timing.end.type).toBe('run-cancelled');
    expect(timing.nodeFinished).toBe(false);
    // Within one model step, counted: after the cancel the runner reports at most the step that
    // was running when it arrived, one progress event already on the wire, and one that its
    // report batcher's 5 ms window sent while the cancel crossed the wire.
    expect(timing.stepsAfterCancel).toBeLessThanOrEqual(3);
    expect(afterSteps + timing.stepsAfterCancel).toBeLessThan(timing.totalSteps);
    // And in time: the step in flight, measured against the slowest step before the cancel with
    // room for a busy machine (a shared 2-core VM can slow one step to twice another).
    expect(timing.stopMs).toBeLessThanOrEqual(2 * timing.stepMs + SLACK_MS);
    expect((await t.database.runs.list({ status: 'cancelled' }))[0]?.status).toBe('cancelled');
    console.log(`cancel during ${nodeId}: ${JSON.stringify(timing)}`);
    expect(filesIn(outputDir)).toEqual([]);
  });

  it('still runs the next run to the end, writing one complete PNG', async () => {
    const run = await t.hub.enqueue({ document: posterWorkflow(2) });
    await expect
      .poll(async () => (await t.database.runs.get(run.id))?.status, {
        timeout: 60_000,
        interval: 200,
      })
      .toBe('succeeded');
    const files = filesIn(outputDir).filter((f) => f.endsWith('.png'));
    expect(files).toHaveLength(1);
  });
});
