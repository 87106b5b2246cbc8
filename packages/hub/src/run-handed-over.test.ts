// A run whose execution is aborted because another server now drives it (its cluster lock was
// lost) is left as it is: not cancelled, no end event; a cancel still ends it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '@tessera/db';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import type { RunEvent } from '@tessera/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactStore } from './artifact-store.ts';
import { InProcessEventBus } from './event-bus.ts';
import { RunHandedOver } from './run-handed-over.ts';
import { executeRun } from './run-executor.ts';
import { RunnerLinks } from './runner-links.ts';
import { posterWorkflow } from './testing/workflows.ts';

describe('a run handed over to another server', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-handover-'));
    database = await openDatabase({ url: `file:${path.join(dir, 'tessera.db')}` });
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Executes a poster run on a runner that never finishes, aborting with `reason` once it has the job. */
  async function abortOncePlaced(reason?: unknown) {
    const links = new RunnerLinks();
    const controller = new AbortController();
    links.add({
      connectionId: 'c1',
      name: 'stuck',
      nodeTypes: new Set(['prompt']),
      offer: () => {
        setImmediate(() => controller.abort(reason));
        return Promise.resolve({ ok: true });
      },
      // As a runner does: a cancelled job is reported failed.
      cancel: (jobId) => links.report('c1', jobId, { kind: 'failed', message: 'cancelled' }),
    });
    const bus = new InProcessEventBus();
    const events: RunEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const run = await database.runs.create({ document: posterWorkflow(2) });
    await executeRun(run, controller.signal, {
      catalogue: createNodeCatalogue(),
      links,
      bus,
      runs: database.runs,
      store: new ArtifactStore(database.artifacts, dir),
      placementTimeoutMs: 1_000,
    });
    return { status: (await database.runs.get(run.id))?.status, types: events.map((e) => e.type) };
  }

  it('stops without ending it', async () => {
    const { status, types } = await abortOncePlaced(new RunHandedOver('r'));
    expect(status).toBe('running');
    expect(types).not.toContain('run-cancelled');
  });

  it('still ends a cancelled run', async () => {
    const { status, types } = await abortOncePlaced();
    expect(status).toBe('cancelled');
    expect(types.at(-1)).toBe('run-cancelled');
  });
});
