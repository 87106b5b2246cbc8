// A document with a component node runs flattened: the hub plans the inner nodes under their
// namespaced ids (`instance/inner`), and its node events carry those ids.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, type JsonObject, openDatabase } from '@tessera/db';
import { groupIntoComponent, zWorkflowDocument } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import type { RunEvent } from '@tessera/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactStore } from './artifact-store.ts';
import { InProcessEventBus } from './event-bus.ts';
import { executeRun } from './run-executor.ts';
import { RunnerLinks } from './runner-links.ts';
import { posterWorkflow } from './testing/workflows.ts';

const catalogue = createNodeCatalogue();

/** The poster with `plan` and `expand` grouped into the component node `planner`. */
function groupedPoster(): JsonObject {
  const poster = zWorkflowDocument.parse(posterWorkflow(2));
  const grouped = groupIntoComponent(poster, ['plan', 'expand'], catalogue, {
    componentId: 'planner',
    name: 'Plan and expand',
  });
  return JSON.parse(JSON.stringify(grouped)) as JsonObject;
}

describe('a run of a document with a component node', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-components-'));
    database = await openDatabase({ url: `file:${path.join(dir, 'tessera.db')}` });
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plans and reports the inner nodes under namespaced ids', async () => {
    const bus = new InProcessEventBus();
    const events: RunEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const run = await database.runs.create({ document: groupedPoster() });
    // No runner: the prompt cannot be placed, so every node below it is skipped.
    await executeRun(run, new AbortController().signal, {
      catalogue,
      links: new RunnerLinks(),
      bus,
      runs: database.runs,
      store: new ArtifactStore(database.artifacts, dir),
      placementTimeoutMs: 50,
    });
    const skipped = events.flatMap((e) => (e.type === 'node-skipped' ? [e.nodeId] : []));
    expect(skipped).toEqual(expect.arrayContaining(['planner/plan', 'planner/expand', 'decode']));
    const failed = events.find((e) => e.type === 'node-failed');
    expect(failed).toMatchObject({ nodeId: 'prompt' });
  });
});
