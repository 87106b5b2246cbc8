// What a job reports, on its way to the hub: the planner samples a token every millisecond or two,
// and each was a message of its own (plus one for its progress step), relayed by the hub and drawn
// by every browser watching. The tokens sampled within `windowMs` now travel as one `plan-tokens`
// message, followed by the last progress step; anything else is sent at once, after them.
// A batch leaves when its window ends: on its timer, or, when the planner keeps the event loop
// busy and the timer fires late, with the first token reported after the window has ended.
import { type JobProgress, MAX_PLAN_TOKENS_PER_MESSAGE } from '@tessera/protocol';

type PlanTokens = Extract<
  Extract<JobProgress, { type: 'partial' }>['output'],
  { kind: 'plan-tokens' }
>;

/**
 * How long a token may wait for others: a third of a frame, and a sixth of the 30 ms target for a
 * token's trip from the runner to a browser on another server (about 60 messages a poster plan).
 */
export const REPORT_WINDOW_MS = 5;

interface PendingTokens {
  readonly index: number;
  readonly width: number;
  readonly height: number;
  readonly ids: number[];
  readonly probabilities: number[];
}

export class ReportBatcher {
  #tokens: PendingTokens | undefined;
  #progress: Extract<JobProgress, { type: 'progress' }> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the waiting batch's window ends (`now()` clock). */
  #due = Number.POSITIVE_INFINITY;

  constructor(
    private readonly send: (event: JobProgress) => void,
    private readonly windowMs = REPORT_WINDOW_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  report(event: JobProgress): void {
    if (event.type === 'progress') {
      this.#progress = event;
      this.#arm();
    } else if (event.type === 'partial' && event.output.kind === 'plan-token') {
      const { index, id, probability, width, height } = event.output;
      const pending = this.#tokens;
      const follows =
        pending !== undefined &&
        pending.width === width &&
        pending.height === height &&
        pending.index + pending.ids.length === index &&
        pending.ids.length < MAX_PLAN_TOKENS_PER_MESSAGE;
      if (!follows) this.#flushTokens();
      this.#tokens ??= { index, width, height, ids: [], probabilities: [] };
      this.#tokens.ids.push(id);
      this.#tokens.probabilities.push(probability);
      if (this.now() >= this.#due) this.flush();
      else this.#arm();
    } else {
      this.flush();
      this.send(event);
    }
  }

  /** Sends what is waiting (the tokens, then the last progress step) now. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#due = Number.POSITIVE_INFINITY;
    this.#flushTokens();
    const progress = this.#progress;
    this.#progress = undefined;
    if (progress) this.send(progress);
  }

  #flushTokens(): void {
    const tokens = this.#tokens;
    this.#tokens = undefined;
    if (!tokens) return;
    const output: PlanTokens = { kind: 'plan-tokens', ...tokens };
    this.send({ type: 'partial', output });
  }

  #arm(): void {
    if (this.#timer !== undefined) return;
    this.#due = this.now() + this.windowMs;
    this.#timer = setTimeout(() => this.flush(), this.windowMs);
  }
}
