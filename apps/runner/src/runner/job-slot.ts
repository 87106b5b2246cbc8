// The one job a runner executes at a time, and how it ends: finished, failed, cancelled by the
// hub, abandoned with the connection, or handed back on shutdown.
import type { HubToRunnerEvents, JobOffer, RunnerToHubEvents, WireValues } from '@tessera/protocol';
import type { Socket } from 'socket.io-client';
import { type JobCapabilities, executeJob } from './execute-job.ts';
import { ReportBatcher } from './report-batcher.ts';

type RunnerSocket = Socket<HubToRunnerEvents, RunnerToHubEvents>;

interface ActiveJob {
  readonly offer: JobOffer;
  readonly controller: AbortController;
  done: Promise<void>;
  /** Set when the job ends other than by finishing or failing: nothing more is reported. */
  silenced: boolean;
}

const ACK_WAIT_MS = 2_000;

/** Observes jobs: what was accepted, what was sent back. */
export interface JobTrace {
  accepted?(offer: JobOffer): void;
  finished?(offer: JobOffer, outputs: WireValues): void;
}

export class JobSlot {
  #active: ActiveJob | undefined;

  constructor(
    private readonly socket: RunnerSocket,
    private readonly capabilities: JobCapabilities,
    private readonly trace: JobTrace = {},
  ) {}

  get jobId(): string | undefined {
    return this.#active?.offer.jobId;
  }

  /** Starts `offer`; throws when a job is already executing. */
  start(offer: JobOffer): void {
    if (this.#active) throw new Error(`The runner is busy with ${this.#active.offer.jobId}`);
    const job: ActiveJob = {
      offer,
      controller: new AbortController(),
      done: Promise.resolve(),
      silenced: false,
    };
    this.#active = job;
    this.trace.accepted?.(offer);
    job.done = this.#execute(job).finally(() => {
      if (this.#active === job) this.#active = undefined;
    });
  }

  cancel(jobId: string): void {
    if (this.#active?.offer.jobId !== jobId) return;
    this.#active.controller.abort(new Error('Cancelled by the hub'));
  }

  /** Stops the job without reporting (the hub has already given up on this connection). */
  abandon(reason: string): void {
    if (!this.#active) return;
    this.#active.silenced = true;
    this.#active.controller.abort(new Error(reason));
  }

  /** Whether the current job (if any) ends within `ms`. */
  async settled(ms: number): Promise<boolean> {
    const job = this.#active;
    if (!job) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const ended = await Promise.race([job.done.then(() => true as const), timeout]);
    clearTimeout(timer);
    return ended;
  }

  /** Stops the current job and gives it back to the hub to place elsewhere. */
  async handBack(reason: string): Promise<void> {
    const job = this.#active;
    if (!job) return;
    job.silenced = true;
    job.controller.abort(new Error(reason));
    await job.done;
    if (!this.socket.connected) return;
    await this.socket
      .timeout(ACK_WAIT_MS)
      .emitWithAck('job:handback', { jobId: job.offer.jobId, reason })
      .catch(() => undefined);
  }

  async #execute(job: ActiveJob): Promise<void> {
    const { jobId } = job.offer;
    const live = (): boolean => !job.silenced && this.socket.connected;
    this.socket.emit('job:event', { jobId, event: { type: 'started' } });
    const reports = new ReportBatcher((event) => {
      if (live()) this.socket.emit('job:event', { jobId, event });
    });
    try {
      const { outputs, ms, display } = await executeJob(
        {
          offer: job.offer,
          signal: job.controller.signal,
          report: (event) => reports.report(event),
        },
        this.capabilities,
      ).finally(() => reports.flush());
      this.trace.finished?.(job.offer, outputs);
      if (live())
        this.socket.emit(
          'job:finished',
          { jobId, ms, outputs, ...(display ? { display } : {}) },
          () => undefined,
        );
    } catch (error) {
      const message = job.controller.signal.aborted
        ? 'Cancelled'
        : error instanceof Error
          ? error.message
          : String(error);
      if (live()) this.socket.emit('job:failed', { jobId, message }, () => undefined);
    }
  }
}
