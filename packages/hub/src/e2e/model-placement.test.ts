// Hub + one runner holding tessera-tiny: the runner's package hash reaches the registry, and a
// node naming a model no runner holds is not placed: it fails saying which model is missing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'model-placement-secret';

describe('placement by model over Socket.IO', { timeout: 120_000 }, () => {
  let dir: string;
  let t: TestHub;
  let runner: RunnerProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-model-'));
    t = await startTestHub({
      databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
      dataDir: dir,
      token,
      placementTimeoutMs: 500,
      cacheBytes: 0,
    });
    runner = spawnRunner({
      hubUrl: t.url,
      token,
      name: 'tiny',
      modelDir,
      outputDir: path.join(dir, 'out'),
    });
    await runner.ready;
  });

  afterAll(async () => {
    runner.child.kill('SIGKILL');
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers the runner with its model package hash', () => {
    const models = t.hub.registry.list()[0]?.models ?? [];
    expect(models.map(({ id, revision }) => ({ id, revision }))).toEqual([
      { id: 'tessera-tiny', revision: 1 },
    ]);
    expect(models[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not place a node naming a model no runner holds, and says which', async () => {
    const document = posterWorkflow(2);
    const nodes = document.nodes as { id: string; params: Record<string, unknown> }[];
    const plan = nodes.find((n) => n.id === 'plan')!;
    plan.params = { ...plan.params, model: 'tessera-huge' };
    const run = await t.hub.enqueue({ document });
    const { events, ended } = runEnd(t.hub.bus, run.id);
    const end = await ended;
    expect(end.type === 'run-failed' && end.error).toBe(
      'Node "plan" failed: No connected runner advertises ar.plan and holds the model "tessera-huge" (needed by "plan")',
    );
    expect(events.some((e) => e.type === 'node-started' && e.nodeId === 'plan')).toBe(false);
  });
});
