// Hub + two runner processes with different stages, on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Socket, io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientToHubEvents, HubToClientEvents, RunEvent } from '@tessera/protocol';
import { parseRunEvent } from '@tessera/protocol';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { type TestHub, startTestHub } from '../testing/test-hub.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'per-stage-secret';
const plannerNodes = ['prompt', 'ar.plan', 'plan.expand', 'plan.preview', 'image.preview'];
const decoderNodes = ['diffusion.decode', 'image.upscale', 'image.save'];

describe('per-stage placement over Socket.IO', { timeout: 120_000 }, () => {
  let dir: string;
  let t: TestHub;
  const runners: RunnerProcess[] = [];
  const runner = (name: string, nodes: string[]): RunnerProcess => {
    const child = spawnRunner({
      hubUrl: t.url,
      token,
      name,
      nodes,
      modelDir,
      outputDir: path.join(dir, `out-${name}`),
    });
    runners.push(child);
    return child;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-e2e-'));
    t = await startTestHub({
      databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
      dataDir: dir,
      token,
      placementTimeoutMs: 2_000,
      // These runs repeat one document to test placement and loss: every node must execute.
      cacheBytes: 0,
    });
  });

  afterAll(async () => {
    for (const child of runners) child.child.kill('SIGKILL');
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plans on one runner, decodes on the other, and the plan crosses byte-identical', async () => {
    const planner = runner('planner', plannerNodes);
    const decoder = runner('decoder', decoderNodes);
    await Promise.all([planner.ready, decoder.ready]);

    const client: Socket<HubToClientEvents, ClientToHubEvents> = io(`${t.url}/client`, {
      transports: ['websocket'],
      reconnection: false,
    });
    const watched: RunEvent[] = [];
    client.on('run:event', (event) => watched.push(event));
    const run = await t.hub.enqueue({ document: posterWorkflow(2) });
    const { events, ended } = runEnd(t.hub.bus, run.id);
    expect(await client.timeout(5_000).emitWithAck('run:subscribe', { runId: run.id })).toEqual({
      ok: true,
    });

    const end = await ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    const placed = Object.fromEntries(
      events.flatMap((e) => (e.type === 'node-started' ? [[e.nodeId, e.runner]] : [])),
    );
    expect(placed).toMatchObject({ plan: 'planner', expand: 'planner', decode: 'decoder' });

    const sent = (await planner.waitFor(/^sent expand\.plan /)).split(' ')[2];
    const received = (await decoder.waitFor(/^received decode\.plan /)).split(' ')[2];
    expect(received).toBe(sent);
    expect(sent?.length).toBeGreaterThan(1000);

    const artifacts = await t.database.artifacts.listByRun(run.id);
    const expandPlan = artifacts.find((a) => a.nodeId === 'expand' && a.kind === 'token_plan');
    const stored = await t.database.artifacts.get(expandPlan!.id);
    expect(Buffer.from(stored!.bytes!).toString('hex')).toBe(sent);
    expect(artifacts.some((a) => a.nodeId === 'upscale' && a.kind === 'image')).toBe(true);
    expect((await t.database.runs.get(run.id))?.status).toBe('succeeded');
    await vi.waitFor(() => expect(watched.at(-1)?.type).toBe('run-finished'));
    // Every event a browser receives (plan tokens and previews included) parses as the web app
    // parses it.
    expect(watched.filter((event) => parseRunEvent(event) === undefined)).toEqual([]);
    client.disconnect();
  });

  it('refuses a wrong token, answers garbage with an error and keeps serving', async () => {
    const intruder = io(`${t.url}/runner`, {
      auth: { token: 'wrong', name: 'intruder' },
      transports: ['websocket'],
      reconnection: false,
    });
    const refusal = await new Promise<string>((resolve) =>
      intruder.on('connect_error', (e) => resolve(e.message)),
    );
    expect(refusal).toBe('Runner token refused');
    intruder.disconnect();

    const rogue = io(`${t.url}/runner`, {
      auth: { token, name: 'rogue', nodeTypes: [] },
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise<void>((resolve) => rogue.on('connect', resolve));
    const garbage: unknown = await rogue.timeout(5_000).emitWithAck('job:finished', { jobId: 42 });
    expect(garbage).toMatchObject({ ok: false });
    expect(JSON.stringify(garbage)).toMatch(/Invalid job:finished payload/);
    const stranger: unknown = await rogue
      .timeout(5_000)
      .emitWithAck('job:failed', { jobId: 'not-mine', message: 'x' });
    expect(JSON.stringify(stranger)).toMatch(/No job not-mine/);
    rogue.emit('job:event', 'not even an object');

    const client = io(`${t.url}/client`, { transports: ['websocket'], reconnection: false });
    expect(await client.timeout(5_000).emitWithAck('run:subscribe', { runId: 7 })).toMatchObject({
      ok: false,
    });
    expect(await client.timeout(5_000).emitWithAck('run:subscribe', { runId: 'r' })).toEqual({
      ok: true,
    });
    rogue.disconnect();
    client.disconnect();
  });

  it('retries a node whose runner dies on another capable runner', async () => {
    const backup = runner('decoder-backup', decoderNodes);
    await backup.ready;
    const run = await t.hub.enqueue({ document: posterWorkflow(20) });
    const { events, ended } = runEnd(t.hub.bus, run.id);
    const victim = await new Promise<string>((resolve) => {
      const stop = t.hub.bus.subscribe((e) => {
        if (e.runId === run.id && e.type === 'node-progress' && e.nodeId === 'decode') {
          const started = events.findLast(
            (s) => s.type === 'node-started' && s.nodeId === 'decode',
          );
          if (started?.type === 'node-started') {
            stop();
            resolve(started.runner);
          }
        }
      });
    });
    runners.find((r) => r.lines.length > 0 && victimName(r) === victim)?.child.kill('SIGKILL');

    const end = await ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    const retry = events.find((e) => e.type === 'node-retry');
    expect(retry).toMatchObject({
      nodeId: 'decode',
      reason: expect.stringMatching(victim) as string,
    });
    const decodes = events.filter((e) => e.type === 'node-started' && e.nodeId === 'decode');
    expect(decodes.map((e) => (e.type === 'node-started' ? e.runner : ''))).toHaveLength(2);
  });

  it('fails the run with a clear reason when no other runner can take the node, keeping what finished', async () => {
    const run = await t.hub.enqueue({ document: posterWorkflow(20) });
    const { events, ended } = runEnd(t.hub.bus, run.id);
    await new Promise<void>((resolve) => {
      const stop = t.hub.bus.subscribe((e) => {
        if (e.runId === run.id && e.type === 'node-progress' && e.nodeId === 'decode') {
          stop();
          resolve();
        }
      });
    });
    for (const r of runners) if (victimName(r).startsWith('decoder')) r.child.kill('SIGKILL');

    const end = await ended;
    expect(end.type).toBe('run-failed');
    expect(end.type === 'run-failed' && end.error).toMatch(
      /Node "decode" failed: runner decoder.* disconnected .* while running "decode", and no other runner that advertises diffusion.decode could take it/,
    );
    expect(events.filter((e) => e.type === 'node-finished').map((e) => e.nodeId)).toEqual(
      expect.arrayContaining(['prompt', 'plan', 'expand']) as string[],
    );
    const record = await t.database.runs.get(run.id);
    expect(record).toMatchObject({ status: 'failed', errorNodeId: 'decode' });
    const kept = await t.database.artifacts.listByRun(run.id);
    expect(kept.map((a) => a.nodeId)).toEqual(
      expect.arrayContaining(['plan', 'expand']) as string[],
    );
  });
});

function victimName(r: RunnerProcess): string {
  const first = r.lines.find((line) => line.includes(': connected to'));
  return first?.match(/^runner (\S+):/)?.[1] ?? '';
}
