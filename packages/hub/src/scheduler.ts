// Takes runs from the queue and executes them (several at a time), and cancels them.
import type { RunId, RunRepository } from '@tessera/db';
import type { EventBus } from './event-bus.ts';
import { type RunExecutorDeps, executeRun } from './run-executor.ts';
import { RunHandedOver } from './run-handed-over.ts';
import type { RunQueue } from './run-queue.ts';

export interface SchedulerOptions extends RunExecutorDeps {
  readonly queue: RunQueue;
  readonly runs: RunRepository;
  readonly bus: EventBus;
  /** Runs executing at once (default 4). */
  readonly maxConcurrentRuns?: number;
}

export class Scheduler {
  readonly #active = new Map<string, AbortController>();
  readonly #running = new Set<Promise<void>>();
  readonly #abortRequests = new Map<string, number>();
  #stop: AbortController | undefined;
  #loop: Promise<void> | undefined;

  constructor(private readonly options: SchedulerOptions) {}

  start(): void {
    if (this.#loop) return;
    this.#stop = new AbortController();
    this.#loop = this.#takeRuns(this.#stop.signal);
  }

  /** Stops taking runs and waits for the loop (runs in progress keep going until `drain`). */
  async stop(): Promise<void> {
    this.#stop?.abort();
    await this.#loop;
    this.#loop = undefined;
  }

  /** Waits for the runs executing now. */
  async drain(): Promise<void> {
    await Promise.all([...this.#running]);
  }

  /** Stops executing `runId` without ending it: another server drives it now. */
  handOver(runId: RunId): void {
    this.#active.get(runId)?.abort(new RunHandedOver(runId));
  }

  /**
   * Aborts `runId` if this scheduler is executing it (true); else remembers the request for a
   * minute, so that a run this scheduler takes from the queue meanwhile is cancelled at once (a
   * cluster's cancel reaches every server while the run may be on its way to one of them).
   */
  requestAbort(runId: RunId): boolean {
    const active = this.#active.get(runId);
    active?.abort();
    const now = Date.now();
    for (const [id, at] of this.#abortRequests)
      if (now - at > 60_000) this.#abortRequests.delete(id);
    if (!active) this.#abortRequests.set(runId, now);
    return active !== undefined;
  }

  /** Cancels a queued or executing run; false when it has already ended. */
  async cancel(runId: RunId): Promise<boolean> {
    const active = this.#active.get(runId);
    if (active) {
      active.abort();
      return true;
    }
    const run = await this.options.runs.get(runId);
    // Queued, or running but waiting in the queue to be continued (its driver stopped).
    const removed = this.options.queue.remove(runId);
    if (run?.status !== 'queued' && !(run?.status === 'running' && removed)) return false;
    await this.options.runs.cancel(runId);
    this.options.bus.publish({ type: 'run-cancelled', runId, at: Date.now() });
    return true;
  }

  async #takeRuns(signal: AbortSignal): Promise<void> {
    const limit = this.options.maxConcurrentRuns ?? 4;
    while (!signal.aborted) {
      if (this.#running.size >= limit) {
        await Promise.race(this.#running);
        continue;
      }
      const run = await this.options.queue.take(signal);
      if (!run) break;
      const controller = new AbortController();
      this.#active.set(run.id, controller);
      if (this.#abortRequests.delete(run.id)) controller.abort();
      const execution = executeRun(run, controller.signal, this.options)
        .catch((error: unknown) => {
          this.options.log?.(
            `run ${run.id} crashed: ${error instanceof Error ? error.message : String(error)}`,
          );
        })
        .finally(() => {
          this.options.queue.done?.(run.id);
          this.#active.delete(run.id);
          this.#running.delete(execution);
        });
      this.#running.add(execution);
    }
  }
}
