import type { SeededRng } from '../rng/seeded-rng.ts';
import { isGreedy, type SamplingOptions } from './sampling-options.ts';

/** One of the likeliest tokens at a step, with its probability under the model. */
export interface TokenAlternative {
  readonly id: number;
  readonly probability: number;
}

/** Candidate search starts with tokens within this factor of the likeliest one, then widens. */
const FIRST_THRESHOLD = 1 / 16;
const THRESHOLD_STEP = 1 / 256;
const INSERTION_SORT_MAX = 32;

/**
 * Draws tokens from rows of logits over a fixed vocabulary, reusing its buffers (no allocation per
 * token). Order of operations: temperature, then top-k (exactly K tokens, ties to the lower id),
 * then top-p on the top-k distribution renormalised (a token is kept while the mass of the
 * likelier kept tokens is below `topP`; at least one is kept), then one uniform draw from the
 * seeded RNG over what is left. Greedy options take the argmax (lowest id on ties) and draw nothing.
 *
 * After each call, {@link probability} is the sampled token's probability under the model
 * (softmax of the logits at temperature 1, whatever the sampler settings) and
 * {@link alternatives} lists the likeliest tokens under the same distribution.
 */
export class TokenSampler {
  /** The model probability of the last sampled token. */
  probability = 0;
  private readonly probs: Float64Array;
  private readonly weights: Float64Array;
  private readonly candidates: Int32Array;
  private readonly topIds: Int32Array;
  private readonly topProbs: Float64Array;
  private topCount = 0;

  constructor(
    readonly vocabSize: number,
    readonly alternativeCount = 5,
  ) {
    this.probs = new Float64Array(vocabSize);
    this.weights = new Float64Array(vocabSize);
    this.candidates = new Int32Array(vocabSize);
    this.topIds = new Int32Array(alternativeCount);
    this.topProbs = new Float64Array(alternativeCount);
  }

  /** Samples a token id from `logits[offset .. offset + vocabSize)`. */
  sample(logits: Float32Array, offset: number, options: SamplingOptions, rng: SeededRng): number {
    const greedy = isGreedy(options);
    const tempered = !greedy && options.temperature !== 1;
    const { best, z, total } = this.weigh(logits, offset, tempered ? 1 / options.temperature : 0);
    const invZ = 1 / z;
    this.collectAlternatives(invZ);

    let id = best;
    if (!greedy) {
      if (!tempered) this.weights.set(this.probs);
      id = this.draw(tempered ? total : z, options, rng);
    }
    this.probability = (this.probs[id] ?? 0) * invZ;
    return id;
  }

  /**
   * Takes `id` as the token of this row without drawing (no random number is used): afterwards
   * {@link probability} and {@link alternatives} describe the row as after {@link sample}.
   */
  force(logits: Float32Array, offset: number, id: number): number {
    if (!Number.isInteger(id) || id < 0 || id >= this.vocabSize) {
      throw new RangeError(`forced token ${id} is not in 0..${this.vocabSize - 1}`);
    }
    const { z } = this.weigh(logits, offset, 0);
    const invZ = 1 / z;
    this.collectAlternatives(invZ);
    this.probability = (this.probs[id] ?? 0) * invZ;
    return id;
  }

  /**
   * Writes the model's unnormalised probabilities into `probs` and, when `invTemperature` is not
   * 0, the tempered weights into `weights`; nothing is divided until a probability is reported.
   */
  private weigh(
    logits: Float32Array,
    offset: number,
    invTemperature: number,
  ): { best: number; z: number; total: number } {
    const n = this.vocabSize;
    const probs = this.probs;
    let best = 0;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = logits[offset + i] ?? Number.NaN;
      if (Number.isNaN(v)) throw new Error(`logit ${i} is NaN`);
      if (v > max) {
        max = v;
        best = i;
      }
    }
    if (!Number.isFinite(max)) throw new Error(`logits must be finite, got a maximum of ${max}`);
    const w = this.weights;
    let z = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = (logits[offset + i] ?? max) - max;
      const e = Math.exp(d);
      probs[i] = e;
      z += e;
      if (invTemperature !== 0) {
        const t = Math.exp(d * invTemperature);
        w[i] = t;
        total += t;
      }
    }
    return { best, z, total };
  }

  /** The likeliest tokens of the last row (best first), as fresh objects. */
  alternatives(): TokenAlternative[] {
    const out: TokenAlternative[] = [];
    for (let i = 0; i < this.topCount; i++) {
      out.push({ id: this.topIds[i] ?? 0, probability: this.topProbs[i] ?? 0 });
    }
    return out;
  }

  /** Copies the last row's alternatives into `ids`/`probabilities` at `at` (padding with -1 / 0). */
  writeAlternatives(ids: Int32Array, probabilities: Float32Array, at: number): void {
    for (let i = 0; i < this.alternativeCount; i++) {
      const inRange = i < this.topCount;
      ids[at + i] = inRange ? (this.topIds[i] ?? -1) : -1;
      probabilities[at + i] = inRange ? (this.topProbs[i] ?? 0) : 0;
    }
  }

  /** Keeps the `alternativeCount` largest of `probs` (unnormalised), scaled by `invZ`. */
  private collectAlternatives(invZ: number): void {
    const { probs, topIds, topProbs, alternativeCount: a } = this;
    let count = 0;
    if (a === 0) return;
    for (let i = 0; i < this.vocabSize; i++) {
      const p = probs[i] ?? 0;
      if (count === a && p <= (topProbs[a - 1] ?? 0)) continue;
      let j = count < a ? count++ : a - 1;
      while (j > 0 && (topProbs[j - 1] ?? 0) < p) {
        topProbs[j] = topProbs[j - 1] ?? 0;
        topIds[j] = topIds[j - 1] ?? 0;
        j--;
      }
      topProbs[j] = p;
      topIds[j] = i;
    }
    for (let i = 0; i < count; i++) topProbs[i] = (topProbs[i] ?? 0) * invZ;
    this.topCount = count;
  }

  /** Draws from the weights in `weights` (their sum is `total`) after top-k and top-p. */
  private draw(total: number, options: SamplingOptions, rng: SeededRng): number {
    const w = this.weights;
    const { topK, topP } = options;
    if (topK === 0 && topP >= 1) return this.drawAll(total, rng);

    const kept = this.keptPrefix(total, topK, topP);
    const c = this.candidates;
    let mass = 0;
    for (let r = 0; r < kept; r++) mass += w[c[r] ?? 0] ?? 0;
    let u = rng.nextFloat() * mass;
    for (let r = 0; r < kept; r++) {
      const id = c[r] ?? 0;
      u -= w[id] ?? 0;
      if (u < 0) return id;
    }
    return c[kept - 1] ?? 0;
  }

  private drawAll(total: number, rng: SeededRng): number {
    const w = this.weights;
    let u = rng.nextFloat() * total;
    let last = 0;
    for (let i = 0; i < this.vocabSize; i++) {
      const wi = w[i] ?? 0;
      if (wi > 0) last = i;
      u -= wi;
      if (u < 0) return i;
    }
    return last;
  }

  /**
   * Sorts the tokens that top-k/top-p can keep to the front of `candidates` (likeliest first) and
   * returns how many are kept. Only tokens above a weight threshold are sorted; the threshold is
   * lowered until the kept set is sure to lie above it.
   */
  private keptPrefix(total: number, topK: number, topP: number): number {
    const w = this.weights;
    const c = this.candidates;
    const n = this.vocabSize;
    let count = 0;
    for (let threshold = FIRST_THRESHOLD; ; threshold *= THRESHOLD_STEP) {
      if (threshold < 1e-300) threshold = 0;
      count = 0;
      let mass = 0;
      for (let i = 0; i < n; i++) {
        const wi = w[i] ?? 0;
        if (wi >= threshold) {
          c[count++] = i;
          mass += wi;
        }
      }
      const enough = topK > 0 ? count >= topK : mass >= topP * total;
      if (enough || threshold === 0) break;
    }
    this.sortCandidates(count);

    let kept = topK > 0 ? Math.min(topK, count) : count;
    if (topP < 1) {
      let keptMass = total;
      if (topK > 0) {
        keptMass = 0;
        for (let r = 0; r < kept; r++) keptMass += w[c[r] ?? 0] ?? 0;
      }
      const limit = topP * keptMass;
      let before = 0;
      let r = 0;
      while (r < kept && (r === 0 || before < limit)) before += w[c[r++] ?? 0] ?? 0;
      kept = r;
    }
    return kept;
  }

  private sortCandidates(count: number): void {
    const w = this.weights;
    const c = this.candidates;
    if (count > INSERTION_SORT_MAX) {
      c.subarray(0, count).sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0) || a - b);
      return;
    }
    for (let i = 1; i < count; i++) {
      const id = c[i] ?? 0;
      const wi = w[id] ?? 0;
      let j = i;
      while (j > 0 && (w[c[j - 1] ?? 0] ?? 0) < wi) {
        c[j] = c[j - 1] ?? 0;
        j--;
      }
      c[j] = id;
    }
  }
}
