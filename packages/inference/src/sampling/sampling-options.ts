/** How one token is drawn from a row of logits. */
export interface SamplingOptions {
  /** Softmax temperature; 0 means greedy (argmax, no random draw). */
  readonly temperature: number;
  /** Nucleus mass in [0, 1]: keep the likeliest tokens until their mass reaches it; 1 = off. */
  readonly topP: number;
  /** Keep only the K likeliest tokens; 0 = off, 1 = greedy. */
  readonly topK: number;
}

/** Greedy decoding: always the likeliest token. */
export const GREEDY: SamplingOptions = { temperature: 0, topP: 1, topK: 0 };

/** Throws a RangeError naming the first option out of range. */
export function checkSamplingOptions(options: SamplingOptions): void {
  const { temperature, topP, topK } = options;
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a finite number >= 0, got ${String(temperature)}`);
  }
  if (!(topP >= 0 && topP <= 1)) {
    throw new RangeError(`topP must be in [0, 1], got ${String(topP)}`);
  }
  if (!Number.isSafeInteger(topK) || topK < 0) {
    throw new RangeError(`topK must be an integer >= 0, got ${String(topK)}`);
  }
}

/** True when the options always pick the likeliest token (and draw no random numbers). */
export function isGreedy(options: SamplingOptions): boolean {
  return options.temperature === 0 || options.topK === 1;
}
