// Runs waiting for the scheduler. An interface, so that a Redis-backed queue can replace the
// in-process one; the database is the source of truth either way.
//
// A queue hands out `queued` runs and `running` ones whose driver died: the scheduler gives both
// to `executeRun`, which continues a `running` run from its finished nodes. Whatever the queue,
// it hands a run to one driver at a time (in-process: its one process; BullMQ: the job's lock).
import type { JsonObject, RunRecord, RunRepository, RunId, UserId, WorkflowId } from '@tessera/db';
import { ChangeSignal } from './change-signal.ts';

export interface EnqueueInput {
  readonly document: JsonObject;
  readonly workflowId?: WorkflowId | null;
  readonly workflowVersion?: number | null;
  /** { model id: package sha256 } the run is queued with (see `runModelsFor`). */
  readonly models?: Readonly<Record<string, string>>;
  readonly ownerId?: UserId | null;
}

export interface RecoveryReport {
  /** Runs still `queued` in the database, queued again in order. */
  readonly requeued: number;
  /**
   * Runs that were `running` when their driver stopped, queued (ahead of the others) to be
   * continued from their finished nodes.
   */
  readonly resumed: number;
}

export interface RunQueue {
  /** Records a `queued` run and queues it. */
  enqueue(input: EnqueueInput): Promise<RunRecord>;
  /**
   * The next run to drive: the oldest queued one, or a `running` one to continue. Waits for one;
   * resolves `undefined` once `signal` fires.
   */
  take(signal: AbortSignal): Promise<RunRecord | undefined>;
  /** Takes a queued run out of the queue (when it is cancelled); false if it was not there. */
  remove(runId: RunId): boolean;
  /** On start: queue again what the database says is queued or running (to be continued). */
  recover(): Promise<RecoveryReport>;
  /**
   * The scheduler has finished with a run it took (ended, cancelled or crashed), so a queue that
   * holds a taken run until then (BullMQ's lock) lets it go. Optional: the in-process queue
   * forgets a run when it is taken.
   */
  done?(runId: RunId): void;
}

/** The single-process queue: run ids in memory, runs in the database. */
export class InProcessRunQueue implements RunQueue {
  readonly #pending: RunId[] = [];
  readonly #changes = new ChangeSignal();

  constructor(private readonly runs: RunRepository) {}

  async enqueue(input: EnqueueInput): Promise<RunRecord> {
    const run = await this.runs.create(input);
    this.#push(run.id);
    return run;
  }

  async take(signal: AbortSignal): Promise<RunRecord | undefined> {
    while (!signal.aborted) {
      const id = this.#pending.shift();
      if (id === undefined) {
        await this.#changes.wait(signal);
        continue;
      }
      const run = await this.runs.get(id);
      // Else it ended meanwhile (cancelled while it waited).
      if (run?.status === 'queued' || run?.status === 'running') return run;
    }
    return undefined;
  }

  remove(runId: RunId): boolean {
    const index = this.#pending.indexOf(runId);
    if (index >= 0) this.#pending.splice(index, 1);
    return index >= 0;
  }

  /** The process that drove them is gone (this is its restart): running runs are continued. */
  async recover(): Promise<RecoveryReport> {
    const running = (await this.runs.list({ status: 'running' })).reverse(); // oldest first
    const queued = (await this.runs.list({ status: 'queued' })).reverse();
    for (const run of [...running, ...queued])
      if (!this.#pending.includes(run.id)) this.#push(run.id);
    return { requeued: queued.length, resumed: running.length };
  }

  #push(id: RunId): void {
    this.#pending.push(id);
    this.#changes.notify();
  }
}
