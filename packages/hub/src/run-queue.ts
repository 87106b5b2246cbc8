// Runs waiting for the scheduler. An interface, so that a Redis-backed queue can replace the
// in-process one; the database is the source of truth either way.
import type { JsonObject, RunRecord, RunRepository, RunId, UserId, WorkflowId } from '@tessera/db';

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
  /** Runs that were `running` when the hub stopped, now `failed`. */
  readonly interrupted: number;
}

export const INTERRUPTED_BY_RESTART = 'interrupted by a server restart';

export interface RunQueue {
  /** Records a `queued` run and queues it. */
  enqueue(input: EnqueueInput): Promise<RunRecord>;
  /** The oldest queued run; waits for one. Resolves `undefined` once `signal` fires. */
  take(signal: AbortSignal): Promise<RunRecord | undefined>;
  /** Takes a queued run out of the queue (when it is cancelled); false if it was not there. */
  remove(runId: RunId): boolean;
  /** On start: queue again what the database says is queued, fail what was running. */
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
  readonly #waiters = new Set<() => void>();

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
        await this.#changed(signal);
        continue;
      }
      const run = await this.runs.get(id);
      if (run?.status === 'queued') return run; // else it was cancelled meanwhile
    }
    return undefined;
  }

  remove(runId: RunId): boolean {
    const index = this.#pending.indexOf(runId);
    if (index >= 0) this.#pending.splice(index, 1);
    return index >= 0;
  }

  async recover(): Promise<RecoveryReport> {
    const running = await this.runs.list({ status: 'running' });
    for (const run of running) await this.runs.fail(run.id, { error: INTERRUPTED_BY_RESTART });
    const queued = (await this.runs.list({ status: 'queued' })).reverse(); // oldest first
    for (const run of queued) if (!this.#pending.includes(run.id)) this.#push(run.id);
    return { requeued: queued.length, interrupted: running.length };
  }

  #push(id: RunId): void {
    this.#pending.push(id);
    for (const wake of [...this.#waiters]) wake();
  }

  #changed(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        this.#waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.#waiters.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });
  }
}
