// Cancel across the cluster. A run waiting in the queue is taken out of it and cancelled here; a
// run some server drives is aborted by that server, which every server hears of through Redis
// (the driver stops at its runner's next model step, as a local cancel does).
import type { Redis } from 'ioredis';
import type { RunId, RunRepository } from '@tessera/db';
import type { EventBus } from '../event-bus.ts';
import type { Scheduler } from '../scheduler.ts';
import type { BullMqRunQueue } from './bullmq-run-queue.ts';

const CANCEL_CHANNEL = 'tessera:cancel';

export interface ClusterCancelOptions {
  readonly publisher: Redis;
  readonly subscriber: Redis;
  readonly scheduler: Scheduler;
  readonly queue: BullMqRunQueue;
  readonly runs: RunRepository;
  readonly bus: EventBus;
}

export class ClusterCancel {
  constructor(private readonly options: ClusterCancelOptions) {
    void options.subscriber.subscribe(CANCEL_CHANNEL).catch(() => undefined);
    options.subscriber.on('message', (channel: string, id: string) => {
      if (channel !== CANCEL_CHANNEL) return;
      const runId = id as RunId;
      if (options.scheduler.requestAbort(runId) || !options.queue.drop(runId)) return;
      // Fetched by this server's worker, not started yet: it ends here.
      void this.#cancelHere(runId);
    });
  }

  async #cancelHere(runId: RunId): Promise<void> {
    try {
      await this.options.runs.cancel(runId);
      this.options.bus.publish({ type: 'run-cancelled', runId, at: Date.now() });
    } catch {
      // It ended meanwhile.
    }
  }

  /** Cancels a queued or running run wherever it is; false when it has already ended. */
  async cancel(runId: RunId): Promise<boolean> {
    const { scheduler, queue, runs, publisher } = this.options;
    if (scheduler.requestAbort(runId)) return true;
    const run = await runs.get(runId);
    if (run?.status !== 'queued' && run?.status !== 'running') return false;
    const where = await queue.withdraw(runId);
    if (where !== 'removed') await publisher.publish(CANCEL_CHANNEL, runId);
    if (where === 'active') return true;
    // Nobody drives it (still waiting, or its job was lost): it ends here.
    await this.#cancelHere(runId);
    return true;
  }
}
