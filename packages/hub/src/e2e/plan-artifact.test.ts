// plan.load by artifact id with a real runner process: the hub reads the stored plan (runners never
// reach the database) into the job, and an id that names no token plan fails that node.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArtifactId, type JsonObject, asId } from '@tessera/db';
import type { RunEvent } from '@tessera/protocol';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, runEnd } from '../testing/workflows.ts';

const token = 'plan-artifact-secret';

const node = (id: string, type: string, params: JsonObject = {}) => ({ id, type, params });
const edge = (id: string, from: string, fromPort: string, to: string, toPort: string) => ({
  id,
  from: { node: from, port: fromPort },
  to: { node: to, port: toPort },
});

/** prompt → ar.plan → plan.preview → image.preview: a stored layout plan, quickly. */
const planDocument: JsonObject = {
  format: 'tessera.workflow',
  version: 2,
  name: 'Plan only',
  nodes: [
    node('prompt', 'prompt', { text: 'teal poster, red circle top left' }),
    node('plan', 'ar.plan', { seed: 3 }),
    node('mosaic', 'plan.preview'),
    node('show', 'image.preview'),
  ],
  edges: [
    edge('e1', 'prompt', 'prompt', 'plan', 'prompt'),
    edge('e2', 'plan', 'plan', 'mosaic', 'plan'),
    edge('e3', 'mosaic', 'image', 'show', 'image'),
  ],
};

/** plan.load(artifact) → plan.preview → image.preview. */
const loadDocument = (artifact: string): JsonObject => ({
  format: 'tessera.workflow',
  version: 2,
  name: 'Load by artifact',
  nodes: [
    node('load', 'plan.load', { artifact, source: 'QUJD' }),
    node('mosaic', 'plan.preview'),
    node('show', 'image.preview'),
  ],
  edges: [
    edge('e1', 'load', 'plan', 'mosaic', 'plan'),
    edge('e2', 'mosaic', 'image', 'show', 'image'),
  ],
});

async function runToEnd(t: TestHub, document: JsonObject) {
  const run = await t.hub.enqueue({ document });
  const { events, ended } = runEnd(t.hub.bus, run.id);
  return { end: await ended, events };
}

const planArtifactOf = (events: RunEvent[], nodeId: string): string | undefined =>
  events.flatMap((e) =>
    e.type === 'node-finished' && e.nodeId === nodeId
      ? e.artifacts.filter((a) => a.kind === 'token_plan').map((a) => a.artifactId)
      : [],
  )[0];

describe('plan.load by artifact id', { timeout: 120_000 }, () => {
  let dir: string;
  let t: TestHub;
  let runner: RunnerProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-plan-artifact-'));
    t = await startTestHub({
      databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
      dataDir: dir,
      token,
      placementTimeoutMs: 2_000,
    });
    runner = spawnRunner({ hubUrl: t.url, token, name: 'all', modelDir, outputDir: dir });
    await runner.ready;
  }, 60_000);

  afterAll(async () => {
    runner.child.kill('SIGKILL');
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a stored plan: the hub fills source from the artifact, which wins', async () => {
    const first = await runToEnd(t, planDocument);
    expect(first.end.type === 'run-failed' ? first.end.error : first.end.type).toBe('run-finished');
    const stored = planArtifactOf(first.events, 'plan');
    if (stored === undefined) throw new Error('ar.plan stored no plan');

    const again = await runToEnd(t, loadDocument(stored));
    expect(again.end.type === 'run-failed' ? again.end.error : again.end.type).toBe('run-finished');
    const loaded = planArtifactOf(again.events, 'load');
    if (loaded === undefined) throw new Error('plan.load stored no plan');
    const original = await t.database.artifacts.get(asId<ArtifactId>(stored));
    const copy = await t.database.artifacts.get(asId<ArtifactId>(loaded));
    expect(copy?.bytes).toEqual(original?.bytes);
  });

  it('fails that node, before any runner gets it, when the id names no token plan', async () => {
    const first = await runToEnd(t, planDocument);
    const image = first.events.flatMap((e) =>
      e.type === 'node-finished' && e.nodeId === 'mosaic' ? e.artifacts : [],
    )[0]?.artifactId;
    for (const id of ['no-such-plan', image ?? 'missing-image']) {
      const { end, events } = await runToEnd(t, loadDocument(id));
      const message = `plan.load: there is no token plan artifact ${id}`;
      expect(end).toMatchObject({ type: 'run-failed', nodeId: 'load' });
      expect(end.type === 'run-failed' ? end.error : '').toContain(message);
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'node-failed', nodeId: 'load', message }),
      );
      expect(events.some((e) => e.type === 'node-started')).toBe(false);
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'node-skipped', nodeId: 'mosaic', blockedBy: 'load' }),
      );
    }
  });
});
