// The runners this hub can send jobs to, whether each is busy, and the jobs in flight.
import type { Ack, JobOffer, JobProgress, NodeDisplayWire, WireValues } from '@tessera/protocol';
import { ChangeSignal } from './change-signal.ts';

/** How the hub talks to one connected runner (a Socket.IO socket, or a fake in tests). */
export interface RunnerLink {
  readonly connectionId: string;
  readonly name: string;
  readonly nodeTypes: ReadonlySet<string>;
  /**
   * Ids of the model packages it holds. Left out (fakes, older links), it is not asked about
   * models: only the node type decides.
   */
  readonly models?: ReadonlySet<string>;
  /** Sends the offer; resolves with the runner's answer (a refusal or a timeout is `ok: false`). */
  offer(offer: JobOffer): Promise<Ack>;
  /**
   * A runner attached to another server of the cluster: asks that server to reserve it for this
   * one (false when it is busy there). Left out, the link is this server's own to reserve.
   */
  reserve?(): Promise<boolean>;
  cancel(jobId: string): void;
}

export type JobOutcome =
  | {
      readonly kind: 'finished';
      readonly outputs: WireValues;
      readonly ms: number;
      readonly display?: NodeDisplayWire;
    }
  | { readonly kind: 'failed'; readonly message: string }
  /** The runner went away, refused or handed the job back: the node may run elsewhere. */
  | { readonly kind: 'lost'; readonly reason: string };

interface PendingJob {
  readonly jobId: string;
  readonly onProgress: (event: JobProgress) => void;
  readonly settle: (outcome: JobOutcome) => void;
}

interface Entry {
  readonly link: RunnerLink;
  reserved: boolean;
  /** Busy with a job another server of the cluster placed on it. */
  heldElsewhere: boolean;
  job: PendingJob | undefined;
}

export interface AcquireOptions {
  /** The model the node names (its `model` param): only a runner holding it may take the node. */
  readonly model?: string | undefined;
  /** Connections holding the node's inputs: chosen first when idle. */
  readonly prefer?: readonly string[];
  /** Connections not to use (they lost this node before). */
  readonly exclude?: ReadonlySet<string>;
  readonly signal: AbortSignal;
  /** How long to wait while no connected runner advertises the type at all. */
  readonly timeoutMs: number;
}

/** The model a node's resolved params name (its `model` param), if any. */
export function modelNamed(params: Readonly<Record<string, unknown>>): string | undefined {
  return typeof params.model === 'string' && params.model !== '' ? params.model : undefined;
}

/** True when `link` may run a node that names `model` (or names none). */
export function holdsModel(link: RunnerLink, model: string | undefined): boolean {
  return model === undefined || link.models === undefined || link.models.has(model);
}

export class RunnerLinks {
  readonly #entries = new Map<string, Entry>();
  readonly #changes = new ChangeSignal();
  readonly #busyListeners = new Set<() => void>();

  add(link: RunnerLink): void {
    this.#entries.set(link.connectionId, {
      link,
      reserved: false,
      heldElsewhere: false,
      job: undefined,
    });
    this.#changes.notify();
  }

  /** The connection is gone: its job (if any) is lost. */
  remove(connectionId: string, reason: string): void {
    const entry = this.#entries.get(connectionId);
    if (!entry) return;
    this.#entries.delete(connectionId);
    entry.job?.settle({ kind: 'lost', reason });
    this.#changes.notify();
  }

  get(connectionId: string): RunnerLink | undefined {
    return this.#entries.get(connectionId)?.link;
  }

  busy(connectionId: string): boolean {
    const entry = this.#entries.get(connectionId);
    return entry !== undefined && (entry.reserved || entry.heldElsewhere);
  }

  /** The cluster says whether another server keeps this runner busy. */
  setHeldElsewhere(connectionId: string, held: boolean): void {
    const entry = this.#entries.get(connectionId);
    if (!entry || entry.heldElsewhere === held) return;
    entry.heldElsewhere = held;
    if (!held) this.#changes.notify();
    if (!entry.reserved) this.#busyChanged();
  }

  /** Reserves this idle runner for a job another server places; false when it is not idle. */
  tryReserve(connectionId: string): boolean {
    const entry = this.#entries.get(connectionId);
    if (!entry || entry.reserved || entry.link.reserve) return false;
    entry.reserved = true;
    this.#busyChanged();
    return true;
  }

  /**
   * Calls `listener` whenever a runner becomes busy or idle (connections coming and going are
   * the registry's to report); returns a function that stops listening.
   */
  onBusyChange(listener: () => void): () => void {
    this.#busyListeners.add(listener);
    return () => this.#busyListeners.delete(listener);
  }

  /**
   * Reserves an idle runner that advertises `nodeType` (and holds `model`, when given),
   * preferring `prefer`; waits while every capable one is busy. `undefined` when none is capable
   * for `timeoutMs`, or on abort.
   */
  async acquire(nodeType: string, options: AcquireOptions): Promise<RunnerLink | undefined> {
    let deadline = Date.now() + options.timeoutMs;
    while (!options.signal.aborted) {
      const capable = [...this.#entries.values()].filter(
        (entry) =>
          entry.link.nodeTypes.has(nodeType) &&
          holdsModel(entry.link, options.model) &&
          !options.exclude?.has(entry.link.connectionId),
      );
      const idle = capable.filter((entry) => !entry.reserved && !entry.heldElsewhere);
      const chosen =
        idle.find((entry) => options.prefer?.includes(entry.link.connectionId)) ?? idle[0];
      if (chosen) {
        chosen.reserved = true;
        this.#busyChanged();
        if (!chosen.link.reserve || (await chosen.link.reserve())) return chosen.link;
        // Its server has just given it to another job: wait until the cluster says it is free.
        chosen.reserved = false;
        chosen.heldElsewhere = true;
        continue;
      }
      if (capable.length > 0) deadline = Date.now() + options.timeoutMs;
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      await this.#changes.wait(options.signal, left);
    }
    return undefined;
  }

  /** Frees a reserved runner without running anything on it. */
  release(connectionId: string): void {
    const entry = this.#entries.get(connectionId);
    if (!entry) return;
    const wasBusy = entry.reserved;
    entry.reserved = false;
    entry.job = undefined;
    this.#changes.notify();
    if (wasBusy) this.#busyChanged();
  }

  /** Runs `offer` on a reserved runner; the runner is free again when the outcome is known. */
  async run(
    link: RunnerLink,
    offer: JobOffer,
    onProgress: (event: JobProgress) => void,
  ): Promise<JobOutcome> {
    const entry = this.#entries.get(link.connectionId);
    if (!entry) return { kind: 'lost', reason: `runner ${link.name} disconnected` };
    const outcome = new Promise<JobOutcome>((resolve) => {
      entry.job = { jobId: offer.jobId, onProgress, settle: resolve };
    });
    const ack = await link.offer(offer);
    if (!ack.ok)
      entry.job?.settle({
        kind: 'lost',
        reason: `runner ${link.name} refused the job: ${ack.error}`,
      });
    const result = await outcome;
    this.release(link.connectionId);
    return result;
  }

  /** A report from `connectionId` about `jobId`; throws when that job is not running there. */
  report(connectionId: string, jobId: string, report: JobProgress | JobOutcome): void {
    const job = this.#entries.get(connectionId)?.job;
    if (job?.jobId !== jobId) throw new Error(`No job ${jobId} is running on this connection`);
    if ('type' in report) job.onProgress(report);
    else job.settle(report);
  }

  #busyChanged(): void {
    for (const listener of [...this.#busyListeners]) listener();
  }
}
