// The hub's cross-run output cache with a real runner process: after a change, only the changed
// node and those below it execute; an unchanged document executes (and saves) nothing.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Socket, io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  ClientToHubEvents,
  HubToClientEvents,
  RunEvent,
  RunnerSummary,
} from '@tessera/protocol';
import { parseRunners } from '@tessera/protocol';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'cache-secret';
const upstream = ['prompt', 'plan', 'expand', 'plan-preview', 'plan-view'];
const downstream = ['decode', 'upscale', 'save'];

type Finished = Extract<RunEvent, { type: 'node-finished' }>;

async function runToEnd(t: TestHub, steps: number) {
  const run = await t.hub.enqueue({ document: posterWorkflow(steps) });
  const { events, ended } = runEnd(t.hub.bus, run.id);
  const end = await ended;
  expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
  const finished = new Map(
    events.flatMap((e): [string, Finished][] =>
      e.type === 'node-finished' ? [[e.nodeId, e]] : [],
    ),
  );
  const started = events.flatMap((e) => (e.type === 'node-started' ? [e.nodeId] : []));
  return { runId: run.id, finished, started };
}

const cachedOf = (finished: Map<string, Finished>) =>
  Object.fromEntries([...finished].map(([id, e]) => [id, e.cached]));

describe('the hub output cache across runs', { timeout: 120_000 }, () => {
  let dir: string;
  let outputDir: string;
  let t: TestHub;
  let runner: RunnerProcess;
  let client: Socket<HubToClientEvents, ClientToHubEvents>;
  const summaries: RunnerSummary[][] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-cache-'));
    outputDir = path.join(dir, 'out');
    t = await startTestHub({
      databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
      dataDir: dir,
      token,
      placementTimeoutMs: 2_000,
    });
    client = io(`${t.url}/client`, { transports: ['websocket'], reconnection: false });
    client.on('runners:changed', (list) => summaries.push(list));
    runner = spawnRunner({ hubUrl: t.url, token, name: 'all', modelDir, outputDir });
    await runner.ready;
  });

  afterAll(async () => {
    client.disconnect();
    runner.child.kill('SIGKILL');
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-executes only decode and what is below it when decode.steps changes', async () => {
    const first = await runToEnd(t, 2);
    expect(Object.values(cachedOf(first.finished)).every((cached) => !cached)).toBe(true);
    const firstSave = first.finished.get('save')?.display;
    expect(firstSave).toMatchObject({ kind: 'saved', files: [{ width: 1024, height: 1024 }] });
    expect(firstSave?.files[0]?.name).toMatch(/^poster_\d+\.png$/);

    const second = await runToEnd(t, 3);
    expect(cachedOf(second.finished)).toEqual({
      ...Object.fromEntries(upstream.map((id) => [id, true])),
      ...Object.fromEntries(downstream.map((id) => [id, false])),
    });
    expect(second.started.sort()).toEqual([...downstream].sort());
    const plan = second.finished.get('expand');
    expect(plan).toMatchObject({ runner: '', ms: 0 });
    expect(plan?.artifacts).toEqual(first.finished.get('expand')?.artifacts);
    const secondSave = second.finished.get('save')?.display?.files[0]?.name;
    expect(secondSave).toMatch(/^poster_\d+\.png$/);
    expect(secondSave).not.toBe(firstSave?.files[0]?.name);

    const nodes = await t.database.runs.listNodes(second.runId);
    expect(nodes.find((n) => n.nodeId === 'plan')).toMatchObject({
      status: 'succeeded',
      cached: true,
    });
    expect(nodes.find((n) => n.nodeId === 'decode')).toMatchObject({ cached: false });
  });

  it('executes and saves nothing for an unchanged document, and still reports the save', async () => {
    const before = readdirSync(outputDir).filter((f) => f.endsWith('.png'));
    const again = await runToEnd(t, 3);
    expect(again.started).toEqual([]);
    expect(Object.values(cachedOf(again.finished)).every(Boolean)).toBe(true);
    expect(again.finished.get('save')?.display?.files[0]?.name).toBe(before.sort().at(-1));
    expect(readdirSync(outputDir).filter((f) => f.endsWith('.png'))).toEqual(before);
  });

  it('told browsers when the runner became busy and idle again', async () => {
    expect(summaries.filter((list) => parseRunners(list) === undefined)).toEqual([]);
    const busy = summaries.map((list) => list.find((r) => r.name === 'all')?.busy);
    expect(busy).toContain(true);
    await vi.waitFor(() =>
      expect(summaries.at(-1)?.find((r) => r.name === 'all')?.busy).toBe(false),
    );
  });
});
