// A runner process creates its model sessions before it connects: its first job does not pay
// for them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'warm-up-secret';

describe('runner warm-up', { timeout: 120_000 }, () => {
  let dir: string;
  let t: TestHub;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-warm-'));
    t = await startTestHub({
      databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
      dataDir: dir,
      token,
    });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every session of its model package before it connects, none during a run', async () => {
    const runner = spawnRunner({
      hubUrl: t.url,
      token,
      name: 'warm',
      modelDir,
      outputDir: path.join(dir, 'out'),
    });
    try {
      await runner.ready;
      const loadedBeforeReady = runner.lines.filter((line) => line.includes('[inference] loaded'));
      expect(loadedBeforeReady.map((line) => path.basename(line.split(' ')[2] ?? ''))).toEqual(
        expect.arrayContaining(['planner.onnx', 'expander.onnx', 'decoder.onnx']),
      );
      expect(runner.lines.some((line) => line.includes('model sessions ready'))).toBe(true);

      const linesAtReady = runner.lines.length;
      const run = await t.hub.enqueue({ document: posterWorkflow(1) });
      const end = await runEnd(t.hub.bus, run.id).ended;
      expect(end.type).toBe('run-finished');
      const loadedDuringRun = runner.lines
        .slice(linesAtReady)
        .filter((line) => line.includes('[inference] loaded'));
      expect(loadedDuringRun).toEqual([]);
    } finally {
      runner.child.kill('SIGKILL');
      await runner.exited;
    }
  });
});
