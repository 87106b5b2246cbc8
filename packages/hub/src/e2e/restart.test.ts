// A run outlives the hub driving it: a hub killed (SIGKILL) while the decoder runs is restarted on
// the same SQLite file and port, and continues the run from its finished nodes; the saved PNG is
// the one an uninterrupted run saves, written once. Its outputs stay in the database, so a re-run
// after yet another restart is a cache hit; a runner killed mid-node is replaced and the node is
// placed on its successor.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunId, asId } from '@tessera/db';
import type { RunEvent } from '@tessera/protocol';
import { freePort, spawnHub } from '../testing/hub-process.ts';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'restart-secret';
const pngsIn = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.png'));
const startedNodes = (events: readonly RunEvent[]): string[] =>
  events.flatMap((event) => (event.type === 'node-started' ? [event.nodeId] : []));

describe('hub restart', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-restart-'));
  const outputDir = path.join(dir, 'out');
  const durable = {
    databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
    dataDir: path.join(dir, 'data'),
    token,
  };
  let port: number;
  let runner: RunnerProcess;
  let hub: TestHub | undefined;
  let referencePng: Buffer;

  /** The hub on `port` (its predecessor closed or killed), with the durable database. */
  async function restartHub(options: { databaseUrl?: string; dataDir?: string } = {}) {
    await hub?.close();
    hub = await startTestHub({ ...durable, ...options, port, placementTimeoutMs: 120_000 });
    return hub;
  }

  beforeAll(async () => {
    port = await freePort();
    // The reference: the same document, uninterrupted, on a database of its own.
    const reference = await restartHub({
      databaseUrl: `file:${path.join(dir, 'reference.db')}`,
      dataDir: path.join(dir, 'reference'),
    });
    runner = spawnRunner({ hubUrl: reference.url, token, name: 'local', modelDir, outputDir });
    await runner.ready;
    const run = await reference.hub.enqueue({ document: posterWorkflow(3) });
    expect((await runEnd(reference.hub.bus, run.id, 120_000).ended).type).toBe('run-finished');
    const [file] = pngsIn(outputDir);
    referencePng = readFileSync(path.join(outputDir, file!));
    await hub?.close();
    hub = undefined;
  }, 240_000);

  afterAll(async () => {
    runner.child.kill('SIGKILL');
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues running runs (to be continued) ahead of queued ones, in order', async () => {
    const options = { databaseUrl: `file:${path.join(dir, 'queue.db')}`, dataDir: dir, token };
    const first = await startTestHub({ ...options, start: false });
    const a = await first.hub.enqueue({ document: posterWorkflow(2) });
    const b = await first.hub.enqueue({ document: posterWorkflow(3) });
    const c = await first.hub.enqueue({ document: posterWorkflow(4) });
    await first.database.runs.start(c.id); // was executing when the hub went down
    await first.close();

    const second = await startTestHub({ ...options, start: false });
    try {
      expect(await second.hub.queue.recover()).toEqual({ requeued: 2, resumed: 1 });
      const signal = AbortSignal.timeout(5_000);
      const taken = [];
      for (let i = 0; i < 3; i++) taken.push((await second.hub.queue.take(signal))?.id);
      expect(taken).toEqual([c.id, a.id, b.id]);
      expect((await second.database.runs.get(c.id))?.status).toBe('running');
    } finally {
      await second.close();
    }
  });

  it('cancels an interrupted run while it waits to be continued', async () => {
    const options = { databaseUrl: `file:${path.join(dir, 'cancel.db')}`, dataDir: dir, token };
    const first = await startTestHub({ ...options, start: false });
    const run = await first.hub.enqueue({ document: posterWorkflow(2) });
    await first.database.runs.start(run.id);
    await first.close();

    const second = await startTestHub({ ...options, start: false });
    try {
      expect(await second.hub.queue.recover()).toEqual({ requeued: 0, resumed: 1 });
      expect(await second.hub.cancel(run.id)).toBe(true);
      expect((await second.database.runs.get(run.id))?.status).toBe('cancelled');
      expect(await second.hub.queue.take(AbortSignal.timeout(200))).toBeUndefined();
    } finally {
      await second.close();
    }
  });

  it('continues a run whose hub was killed while the decoder ran: same PNG, one file', async () => {
    const killed = spawnHub({ ...durable, port, enqueue: posterWorkflow(3) });
    let runId: RunId;
    try {
      runId = asId<RunId>((await killed.waitFor(/^run /, 60_000)).slice('run '.length));
      await killed.waitFor(/^event node-progress decode$/, 120_000);
    } finally {
      killed.child.kill('SIGKILL');
    }
    await killed.exited;
    expect(killed.lines).not.toContain('event node-finished decode');

    const second = await restartHub();
    const { events, ended } = runEnd(second.hub.bus, runId, 120_000);
    const end = await ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    expect(second.recovered).toEqual({ requeued: 0, resumed: 1 });
    // What the killed hub had finished is taken back, not executed again; the decoder is.
    const finishedBefore = killed.lines.flatMap((line) =>
      line.startsWith('event node-finished ') ? [line.slice('event node-finished '.length)] : [],
    );
    expect(finishedBefore).toEqual(expect.arrayContaining(['prompt', 'plan', 'expand']));
    expect(startedNodes(events)).toContain('decode');
    expect(startedNodes(events).filter((id) => finishedBefore.includes(id))).toEqual([]);
    expect((await second.database.runs.get(runId))?.status).toBe('succeeded');

    const files = pngsIn(outputDir);
    expect(files).toHaveLength(2); // the reference's and this run's: no second file
    const saved = files.map((name) => readFileSync(path.join(outputDir, name)));
    expect(Buffer.compare(saved[0]!, saved[1]!)).toBe(0);
    expect(Buffer.compare(saved[1]!, referencePng)).toBe(0);

    // The timeline: each node records its runner and the server that drove it.
    const nodes = await second.database.runs.listNodes(runId);
    const byId = new Map(nodes.map((node) => [node.nodeId as string, node]));
    expect(byId.get('plan')).toMatchObject({ runnerName: 'local', status: 'succeeded' });
    expect(byId.get('decode')).toMatchObject({ runnerName: 'local', status: 'succeeded' });
    expect(byId.get('plan')?.serverId).not.toBe(byId.get('decode')?.serverId);
    expect(byId.get('decode')?.serverId).toBe(`${os.hostname()}:${process.pid}`);
  });

  it('re-runs the document after another restart as cache hits from the database', async () => {
    const third = await restartHub();
    const run = await third.hub.enqueue({ document: posterWorkflow(3) });
    const { events, ended } = runEnd(third.hub.bus, run.id, 60_000);
    expect((await ended).type).toBe('run-finished');
    expect(startedNodes(events)).toEqual([]);
    const finished = events.filter((event) => event.type === 'node-finished');
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.every((event) => event.type === 'node-finished' && event.cached)).toBe(true);
    expect(pngsIn(outputDir)).toHaveLength(2);
  });

  it('places a node again on the restarted runner when its runner is killed mid-node', async () => {
    const t = hub ?? (await restartHub());
    const run = await t.hub.enqueue({ document: posterWorkflow(4) });
    const { events, ended } = runEnd(t.hub.bus, run.id, 240_000);
    await new Promise<void>((resolve) => {
      const stop = t.hub.bus.subscribe((event) => {
        if (event.runId === run.id && event.type === 'node-progress' && event.nodeId === 'decode') {
          stop();
          resolve();
        }
      });
    });
    runner.child.kill('SIGKILL');
    await runner.exited;
    runner = spawnRunner({ hubUrl: t.url, token, name: 'local', modelDir, outputDir });
    await runner.ready;
    const end = await ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    expect(events.some((e) => e.type === 'node-retry' && e.nodeId === 'decode')).toBe(true);
    expect(pngsIn(outputDir)).toHaveLength(3);
  });
});
