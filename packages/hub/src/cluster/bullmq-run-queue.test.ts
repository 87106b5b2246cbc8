// The BullMQ run queue against a real redis-server: each run goes to one server only, and a run
// whose server stops renewing its lock (it died) goes to another.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, type RunId, openDatabase } from '@tessera/db';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../testing/redis-server.ts';
import { BullMqRunQueue, RUN_QUEUE_NAME } from './bullmq-run-queue.ts';

const document = { format: 'tessera.workflow', version: 1, nodes: [], edges: [] };
const log = (): void => undefined;

describe('BullMqRunQueue', { timeout: 60_000 }, () => {
  let dir: string;
  let redis: RedisServer;
  let database: Database;
  const queues: BullMqRunQueue[] = [];
  const server = (lockDurationMs = 30_000): BullMqRunQueue => {
    const queue = new BullMqRunQueue({
      redisUrl: redis.url,
      runs: database.runs,
      lockDurationMs,
      stalledIntervalMs: Math.min(lockDurationMs, 500),
      log,
    });
    queues.push(queue);
    return queue;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bullmq-'));
    redis = await startRedis();
    database = await openDatabase({ url: `file:${path.join(dir, 'tessera.db')}` });
  });

  // A paused queue's worker fetches no more jobs: each test's servers leave the queue to the next.
  afterEach(async () => {
    await Promise.all(queues.map((queue) => queue.pause()));
  });

  afterAll(async () => {
    await Promise.allSettled(queues.map((queue) => queue.close()));
    await database?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands each run to exactly one of two servers, and completes it when the server is done', async () => {
    const [a, b] = [server(), server()];
    const enqueued = new Set<RunId>();
    for (let i = 0; i < 6; i++) enqueued.add((await a.enqueue({ document })).id);
    const stop = new AbortController();
    const taken: { by: string; id: RunId }[] = [];
    const drive = async (name: string, queue: BullMqRunQueue): Promise<void> => {
      for (;;) {
        const run = await queue.take(stop.signal);
        if (!run) return;
        taken.push({ by: name, id: run.id });
        await database.runs.start(run.id);
        await database.runs.succeed(run.id);
        queue.done(run.id);
        if (taken.length === enqueued.size) stop.abort();
      }
    };
    await Promise.all([drive('a', a), drive('b', b)]);
    expect(taken.map((t) => t.id).sort()).toEqual([...enqueued].sort());
    await expect.poll(() => a.depth()).toEqual({ waiting: 0, active: 0 });
  });

  it('gives the run of a server that stopped renewing its lock to another server', async () => {
    const dying = server(1_000);
    const run = await dying.enqueue({ document });
    const first = await dying.take(new AbortController().signal);
    expect(first?.id).toBe(run.id);
    await database.runs.start(run.id);
    await dying.close(); // as if killed: the lock is no longer renewed, the job stays active

    const survivor = server(1_000);
    const again = await survivor.take(new AbortController().signal);
    expect(again?.id).toBe(run.id);
    expect(again?.status).toBe('running'); // to be continued from its finished nodes
    survivor.done(run.id);
  });

  it('tells when it could not renew the lock of a run it drives (another server may take it)', async () => {
    const queue = server(1_000);
    const run = await queue.enqueue({ document });
    expect((await queue.take(new AbortController().signal))?.id).toBe(run.id);
    const lost = new Promise<RunId>((resolve) => queue.whenLockLost(resolve));
    const redisClient = new Redis(redis.url);
    await redisClient.del(`bull:${RUN_QUEUE_NAME}:${run.id}:lock`); // as if it had expired
    redisClient.disconnect();
    expect(await lost).toBe(run.id);
    queue.done(run.id);
  });

  it('drops a job whose run has already ended (cancelled while it waited)', async () => {
    const queue = server();
    const cancelled = await queue.enqueue({ document });
    await database.runs.cancel(cancelled.id);
    const next = await queue.enqueue({ document });
    expect((await queue.take(new AbortController().signal))?.id).toBe(next.id);
    queue.done(next.id);
  });

  it('queues again, after Redis came back empty, the open runs it has no job for', async () => {
    for (const open of await database.runs.list({ status: ['queued', 'running'] }))
      await database.runs.cancel(open.id); // runs the tests above left open
    const queue = server();
    const running = await queue.enqueue({ document });
    expect((await queue.take(new AbortController().signal))?.id).toBe(running.id);
    await database.runs.start(running.id);
    queue.done(running.id); // its job is gone, as if Redis restarted empty, but the run is open
    const queued = await queue.enqueue({ document });
    expect(await queue.recover()).toEqual({ requeued: 0, resumed: 1 }); // `queued` still has its job
    const redisClient = new Redis(redis.url);
    await redisClient.flushall();
    redisClient.disconnect();
    expect(await queue.recover()).toEqual({ requeued: 1, resumed: 1 });
    const order = [
      (await queue.take(new AbortController().signal))?.id,
      (await queue.take(new AbortController().signal))?.id,
    ];
    expect(order.sort()).toEqual([running.id, queued.id].sort());
    queue.done(running.id);
    queue.done(queued.id);
    await database.runs.cancel(running.id);
    await database.runs.cancel(queued.id);
  });
});
