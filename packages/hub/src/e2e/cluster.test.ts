// Two servers of one cluster (in this process, each with its own HTTP server, Socket.IO and Redis
// connections), one Redis and one PostgreSQL (real servers on 127.0.0.1), runner processes
// attached to one server or the other, and a browser's socket on the first.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PostgresServer, startPostgres } from '@tessera/db/postgres-server';
import { type ClientToHubEvents, type HubToClientEvents, type RunEvent } from '@tessera/protocol';
import { type Socket, io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cancelDuring } from '../testing/cancel-timing.ts';
import { type ClusterHub, startClusterHub } from '../testing/cluster-hub.ts';
import { type RedisServer, startRedis } from '../testing/redis-server.ts';
import { type RunnerProcess, spawnRunner } from '../testing/runner-process.ts';
import { modelDir, posterWorkflow, runEnd } from '../testing/workflows.ts';

const token = 'cluster-secret';
/** How long a run may take on a busy 2-core machine shared with other test suites. */
const RUN_MS = 150_000;
const plannerNodes = ['prompt', 'ar.plan', 'plan.expand', 'plan.preview', 'image.preview'];
const decoderNodes = ['diffusion.decode', 'image.upscale', 'image.save'];
/** An event as JSON with its bytes in hex (a Buffer and a Uint8Array stringify differently). */
const comparable = (event: RunEvent): string =>
  JSON.stringify(event, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
    const buffer = value as { type?: unknown; data?: unknown };
    if (buffer?.type === 'Buffer' && Array.isArray(buffer.data))
      return Buffer.from(buffer.data as number[]).toString('hex');
    return value;
  });
const isEnd = (event: RunEvent): boolean =>
  event.type === 'run-finished' || event.type === 'run-failed' || event.type === 'run-cancelled';

describe('two servers, one queue', { timeout: 300_000 }, () => {
  let dir: string;
  let redis: RedisServer;
  let postgres: PostgresServer;
  let a: ClusterHub;
  let b: ClusterHub;
  const runners: RunnerProcess[] = [];
  const sockets: Socket[] = [];

  const runner = async (on: ClusterHub, name: string, nodes?: string[]): Promise<RunnerProcess> => {
    const child = spawnRunner({
      hubUrl: on.url,
      token,
      name,
      ...(nodes ? { nodes } : {}),
      modelDir,
      outputDir: path.join(dir, `out-${name}`),
    });
    runners.push(child);
    await child.ready;
    // Both servers know it, wherever it is attached.
    for (const server of [a, b])
      await vi.waitFor(
        () => expect(server.hub.registry.list().map((r) => r.name)).toContain(name),
        { timeout: 10_000 },
      );
    return child;
  };

  const stopRunner = async (child: RunnerProcess): Promise<void> => {
    child.child.kill('SIGKILL');
    await child.exited;
  };

  /** A browser's socket on `server`, subscribed to `runId`, collecting what it receives. */
  const watch = async (server: ClusterHub, runId: string) => {
    const socket: Socket<HubToClientEvents, ClientToHubEvents> = io(`${server.url}/client`, {
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    const received: RunEvent[] = [];
    const ended = new Promise<void>((resolve) =>
      socket.on('run:event', (event) => {
        received.push(event);
        if (isEnd(event)) resolve();
      }),
    );
    expect(await socket.timeout(5_000).emitWithAck('run:subscribe', { runId })).toEqual({
      ok: true,
    });
    return { received, ended };
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-cluster-'));
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const shared = { redisUrl: redis.url, databaseUrl: postgres.url, dataDir: dir, token };
    // One after the other: the first one migrates the database.
    a = await startClusterHub({ ...shared, name: 'server-a' });
    b = await startClusterHub({ ...shared, name: 'server-b' });
  }, 120_000);

  // Each test starts its own runners; none outlives it, on either server.
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((child) => stopRunner(child)));
    for (const server of [a, b])
      await vi.waitFor(() => expect(server.hub.registry.list()).toEqual([]), { timeout: 10_000 });
    await Promise.all([a.hub.start(), b.hub.start()]);
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all(runners.map((child) => stopRunner(child)));
    await Promise.allSettled([a?.close(), b?.close()]);
    await Promise.allSettled([redis?.stop(), postgres?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('runs a run queued through A on a runner attached to B; a socket on A sees every event in order', async () => {
    await runner(b, 'all-on-b');
    // Queued while no server takes runs, watched from A, then driven by B alone.
    await Promise.all([a.hub.stop(), b.hub.stop()]);
    const run = await a.hub.enqueue({ document: posterWorkflow(2) });
    const { events: driven, ended } = runEnd(b.hub.bus, run.id, RUN_MS);
    const browser = await watch(a, run.id);
    await b.hub.start();
    const end = await ended;
    await browser.ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    expect((await a.database.runs.get(run.id))?.status).toBe('succeeded');

    const started = driven.filter((e) => e.type === 'node-started');
    expect(new Set(started.map((e) => (e.type === 'node-started' ? e.runner : '')))).toEqual(
      new Set(['all-on-b']),
    );
    // Every event B published reached the browser on A, in the same order (plan tokens too).
    const seen = browser.received.map(comparable);
    const sent = driven.filter((e) => e.type !== 'run-queued').map(comparable);
    expect(seen.slice(-sent.length)).toEqual(sent);
    // Tokens come one by one or in batches (plan-tokens); their indices, in arrival order.
    const tokens = browser.received.flatMap((e) => {
      if (e.type !== 'node-partial' || e.nodeId !== 'plan') return [];
      const { output } = e;
      if (output.kind === 'plan-token') return [output.index];
      if (output.kind === 'plan-tokens') return output.ids.map((_, i) => output.index + i);
      return [];
    });
    expect(tokens).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });

  it('places the planner on a runner attached to A and the decoder on one attached to B, plan bytes identical', async () => {
    const planner = await runner(a, 'planner-on-a', plannerNodes);
    const decoder = await runner(b, 'decoder-on-b', decoderNodes);
    const run = await a.hub.enqueue({ document: posterWorkflow(2) });
    const { events, ended } = runEnd(a.hub.bus, run.id, RUN_MS);
    const end = await ended;
    expect(end.type === 'run-failed' ? end.error : end.type).toBe('run-finished');
    const placed = Object.fromEntries(
      events.flatMap((e) => (e.type === 'node-started' ? [[e.nodeId, e.runner]] : [])),
    );
    expect(placed).toMatchObject({
      plan: 'planner-on-a',
      expand: 'planner-on-a',
      decode: 'decoder-on-b',
    });
    const sent = (await planner.waitFor(/^sent expand\.plan /)).split(' ')[2];
    const received = (await decoder.waitFor(/^received decode\.plan /)).split(' ')[2];
    expect(sent?.length).toBeGreaterThan(1000);
    expect(received).toBe(sent);
    const artifacts = await a.database.artifacts.listByRun(run.id);
    const stored = await a.database.artifacts.get(
      artifacts.find((x) => x.nodeId === 'expand' && x.kind === 'token_plan')!.id,
    );
    expect(Buffer.from(stored!.bytes!).toString('hex')).toBe(sent);
  });

  it('cancels on A a run that B drives, within one model step', async () => {
    await runner(b, 'slow-on-b');
    await a.hub.stop(); // B drives it
    const timing = await cancelDuring(a.hub, posterWorkflow(20), 'decode', 2, RUN_MS);
    expect(timing.end.type).toBe('run-cancelled');
    expect(timing.nodeFinished).toBe(false);
    expect(timing.stepsAfterCancel).toBeLessThanOrEqual(2);
    expect(2 + timing.stepsAfterCancel).toBeLessThan(timing.totalSteps);
    const cancelled = await a.database.runs.list({ status: 'cancelled' });
    expect(cancelled).toHaveLength(1);
    console.log(`cross-server cancel during decode: ${JSON.stringify(timing)}`);
  });

  it('cancels a run still waiting in the queue, from either server', async () => {
    await Promise.all([a.hub.stop(), b.hub.stop()]);
    const run = await a.hub.enqueue({ document: posterWorkflow(2) });
    expect(await b.hub.cancel(run.id)).toBe(true);
    await expect.poll(async () => (await a.database.runs.get(run.id))?.status).toBe('cancelled');
    await expect
      .poll(async () => (await a.hub.cluster!.status()).queue)
      .toEqual({ waiting: 0, active: 0 });
  });
});
