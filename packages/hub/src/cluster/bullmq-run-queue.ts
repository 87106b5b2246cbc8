// The cluster's run queue: each run is a BullMQ job (job id = run id) on Redis, and every server
// runs a BullMQ worker. A job stays active, its lock renewed by BullMQ, while this server drives
// the run; when a server dies its locks expire, BullMQ's stalled-job check moves the job back to
// waiting and another server takes it. The database stays the source of truth: a job whose run
// has already ended is dropped, and `recover()` queues again the open runs Redis has no job for
// (it restarted empty): `running` ones are continued from their finished nodes.
import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunId, RunRecord, RunRepository } from '@tessera/db';
import type { EnqueueInput, RecoveryReport, RunQueue } from '../run-queue.ts';
import { QueueUnavailableError } from './queue-unavailable-error.ts';
import { connectRedis, redisReady } from './redis-connection.ts';
import { ChangeSignal } from '../change-signal.ts';

export const RUN_QUEUE_NAME = 'tessera-runs';
/** How long queuing a run waits for a Redis connection in progress before answering 503. */
const ENQUEUE_WAIT_MS = 2_000;

export interface BullMqRunQueueOptions {
  readonly redisUrl: string;
  readonly runs: RunRepository;
  /** Runs this server drives at once (the worker's concurrency; default 4). */
  readonly concurrency?: number;
  /** How long a run's lock lasts without renewal: a dead server's runs move on after it. */
  readonly lockDurationMs?: number;
  /** How often the worker looks for stalled runs (default: the lock duration). */
  readonly stalledIntervalMs?: number;
  readonly log: (line: string) => void;
}

interface Handed {
  readonly runId: RunId;
  readonly job: Job<RunJobData>;
  readonly token: string | undefined;
  readonly release: (outcome: 'done' | 'put-back') => void;
}

interface RunJobData {
  readonly runId: string;
}

const OPEN_STATUSES = ['queued', 'running'] as const;
const isOpen = (run: RunRecord | null): run is RunRecord =>
  run !== null && (OPEN_STATUSES as readonly string[]).includes(run.status);

export class BullMqRunQueue implements RunQueue {
  readonly #options: BullMqRunQueueOptions;
  readonly connection: Redis;
  readonly #queue: Queue<RunJobData>;
  #worker: Worker<RunJobData> | undefined;
  readonly #handed: Handed[] = [];
  /** Jobs of the runs this server drives (two when a run was queued again meanwhile). */
  readonly #held = new Map<RunId, Handed[]>();
  readonly #changes = new ChangeSignal();
  #wasDown = false;
  #paused = false;
  #onLockLost: (runId: RunId) => void = () => undefined;

  constructor(options: BullMqRunQueueOptions) {
    this.#options = options;
    this.connection = connectRedis({ url: options.redisUrl, role: 'queue', log: options.log });
    this.#queue = new Queue<RunJobData>(RUN_QUEUE_NAME, {
      connection: this.connection,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000, attempts: 1 },
    });
    this.#queue.on('error', () => undefined); // the connection logs the outage once
    this.connection.on('close', () => (this.#wasDown = true));
    this.connection.on('ready', () => {
      if (!this.#wasDown) return;
      this.#wasDown = false;
      // Redis may have come back empty (restarted without persistence): queue again what the
      // database says is open; jobs that still exist are left as they are (same job id).
      this.recover().catch((error: unknown) =>
        options.log(`run queue: could not requeue after reconnecting: ${String(error)}`),
      );
    });
  }

  /** Redis answers: runs can be queued. */
  get available(): boolean {
    return redisReady(this.connection);
  }

  /** Runs the cluster has not finished yet: waiting, delayed and active jobs. */
  async depth(): Promise<{ waiting: number; active: number }> {
    const counts = await this.#queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
    const waiting = (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0);
    return { waiting, active: counts.active ?? 0 };
  }

  async enqueue(input: EnqueueInput): Promise<RunRecord> {
    if (!(await this.#ready(ENQUEUE_WAIT_MS)))
      throw new QueueUnavailableError(`connection ${this.connection.status}`);
    const run = await this.#options.runs.create(input);
    try {
      await this.#add(run.id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.#options.runs.fail(run.id, { error: `Could not be queued: ${reason}` });
      throw new QueueUnavailableError(reason);
    }
    return run;
  }

  async take(signal: AbortSignal): Promise<RunRecord | undefined> {
    this.#startWorker();
    while (!signal.aborted) {
      const handed = this.#handed.shift();
      if (!handed) {
        await this.#changes.wait(signal);
        continue;
      }
      const driving = this.#held.get(handed.runId);
      if (driving) {
        driving.push(handed); // completed with the one this server is driving already
        continue;
      }
      const run = await this.#options.runs.get(handed.runId);
      if (isOpen(run)) {
        this.#held.set(handed.runId, [handed]);
        return run;
      }
      handed.release('done'); // it ended (cancelled while queued, or finished elsewhere)
    }
    return undefined;
  }

  /** The scheduler is done with `runId`: its job is completed. */
  done(runId: RunId): void {
    for (const handed of this.#held.get(runId) ?? []) handed.release('done');
    this.#held.delete(runId);
  }

  /** Called with a run this server drives whose lock BullMQ could not renew (see RunHandedOver). */
  whenLockLost(listener: (runId: RunId) => void): void {
    this.#onLockLost = listener;
  }

  /** True while this server drives `runId`. */
  holds(runId: RunId): boolean {
    return this.#held.has(runId);
  }

  /** Removes a waiting job; a job another server is running is locked and stays. */
  remove(runId: RunId): boolean {
    this.#queue.remove(runId).catch(() => undefined);
    return true;
  }

  /**
   * Takes `runId`'s job out of the queue if no server has it yet: `removed`; `active` when a
   * server drives it; `missing` when there is no job (it ended, or Redis lost it).
   */
  async withdraw(runId: RunId): Promise<'removed' | 'active' | 'missing'> {
    const state = await this.#queue.getJobState(runId);
    if (state === 'unknown' || state === 'completed' || state === 'failed') return 'missing';
    if (state === 'active') return 'active';
    return (await this.#queue.remove(runId)) === 1 ? 'removed' : 'active';
  }

  async recover(): Promise<RecoveryReport> {
    if (!this.available) {
      // Starting while Redis is unreachable: the server stays up, and this runs on reconnection.
      this.#wasDown = true;
      return { requeued: 0, resumed: 0 };
    }
    const open = await this.#options.runs.list({ status: [...OPEN_STATUSES] });
    let requeued = 0;
    let resumed = 0;
    for (const run of [...open].reverse()) {
      // A job that exists is waiting or driven (its server's lock expiring moves it on).
      if ((await this.#queue.getJobState(run.id)) !== 'unknown') continue;
      await this.#add(run.id);
      if (run.status === 'running') resumed += 1;
      else requeued += 1;
    }
    return { requeued, resumed };
  }

  /**
   * Lets go of `runId` if the worker has fetched its job but the scheduler has not taken it yet
   * (the job is completed: the caller ends the run); false otherwise.
   */
  drop(runId: RunId): boolean {
    const index = this.#handed.findIndex((handed) => handed.runId === runId);
    if (index < 0) return false;
    this.#handed.splice(index, 1)[0]?.release('done');
    return true;
  }

  /** Stops taking runs; runs handed over but not started go back to the queue. */
  async pause(): Promise<void> {
    this.#paused = true;
    await this.#worker?.pause(true);
    for (const handed of this.#handed.splice(0)) handed.release('put-back');
  }

  /** Closes the worker (runs still held stall and move to another server) and the connections. */
  async close(): Promise<void> {
    await this.pause();
    await this.#worker?.close(true);
    await this.#queue.close();
    this.connection.disconnect();
  }

  /** True once Redis answers, waiting at most `ms` for a connection in progress. */
  #ready(ms: number): Promise<boolean> {
    if (this.available) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ready: boolean): void => {
        clearTimeout(timer);
        this.connection.off('ready', onReady);
        resolve(ready);
      };
      const onReady = (): void => done(true);
      const timer = setTimeout(() => done(false), ms);
      this.connection.on('ready', onReady);
    });
  }

  async #add(runId: RunId): Promise<void> {
    await this.#queue.add('run', { runId }, { jobId: runId });
  }

  #startWorker(): void {
    this.#paused = false;
    if (this.#worker?.isPaused()) void this.#worker.resume();
    if (this.#worker) return;
    const lockDuration = this.#options.lockDurationMs ?? 30_000;
    this.#worker = new Worker<RunJobData>(
      RUN_QUEUE_NAME,
      (job, token) => this.#process(job, token),
      {
        connection: connectRedis({
          url: this.#options.redisUrl,
          role: 'worker',
          log: this.#options.log,
          maxRetriesPerRequest: null,
        }),
        concurrency: this.#options.concurrency ?? 4,
        lockDuration,
        stalledInterval: this.#options.stalledIntervalMs ?? lockDuration,
        // A run may move between servers several times (each server death is one stall).
        maxStalledCount: 100,
      },
    );
    this.#worker.on('error', () => undefined);
    this.#worker.on('lockRenewalFailed', (jobIds) => {
      for (const id of jobIds as RunId[]) {
        if (!this.#held.has(id)) continue;
        this.#options.log(`run ${id}: its lock could not be renewed; another server may take it`);
        this.#onLockLost(id);
      }
    });
    this.#worker.on('stalled', (jobId) =>
      this.#options.log(`run ${jobId}: its server stopped renewing its lock; queued again`),
    );
  }

  #process(job: Job<RunJobData>, token: string | undefined): Promise<void> {
    return new Promise<'done' | 'put-back'>((resolve) => {
      if (this.#paused) return resolve('put-back'); // fetched as the worker was pausing
      const runId = job.data.runId as RunId;
      this.#handed.push({ runId, job, token, release: resolve });
      this.#changes.notify();
    }).then(async (outcome) => {
      if (outcome === 'done') return;
      await job.moveToDelayed(Date.now(), token);
      throw new DelayedError();
    });
  }
}
