import type { InferenceSession } from 'onnxruntime-node';
import { createRng } from '../rng/seeded-rng.ts';
import { throwIfAborted } from '../sampling/abort.ts';
import { checkSamplingOptions, type SamplingOptions } from '../sampling/sampling-options.ts';
import { TokenSampler, type TokenAlternative } from '../sampling/token-sampler.ts';
import { FullSequenceStepper } from './full-sequence-stepper.ts';
import { KvCacheStepper } from './kv-cache-stepper.ts';
import { buildPrefixBatch } from './prefix-batch.ts';
import type { PlannerSpec } from './planner-spec.ts';
import { lastRowOffset, type PlannerStepper, type StepLogits } from './planner-stepper.ts';
import { conditionalPrefix, unconditionalPrefix } from './prompt-tokenizer.ts';

export interface LayoutSamplingOptions extends SamplingOptions {
  readonly seed: number;
  /**
   * Classifier-free guidance on the planner's logits: `u + cfgScale · (c − u)`, `u` from the
   * prompt-dropped input, run with the prompt as one batch of 2. 1 (default) = off, one row.
   */
  readonly cfgScale?: number;
  /** Use the KV cache (default). False re-runs the whole sequence each step (for benchmarks). */
  readonly kvCache?: boolean;
  /** How many codes to write (default grid², the whole plan); fewer gives a raster prefix. */
  readonly tokenCount?: number;
  /** Plan-level inpainting: positions whose code is given rather than drawn. */
  readonly forced?: ForcedTokens;
}

/**
 * Codes to force (plan-level inpainting), both of length grid², raster order: where `mask[i]` is
 * not 0 the code at `i` is `ids[i]`, not drawn; the planner still sees it as its own output, so
 * what follows is sampled conditioned on it, and its model probability and alternatives are
 * recorded as for a drawn token. A forced position uses no random number: the seeded generator
 * advances only at drawn positions, in raster order, so the same seed, lock and codes give the
 * same plan.
 */
export interface ForcedTokens {
  readonly mask: Uint8Array;
  readonly ids: Uint16Array;
}

/** Called after each token is chosen, in raster order. */
export type TokenCallback = (
  index: number,
  id: number,
  probability: number,
  alternatives: readonly TokenAlternative[],
) => void;

export interface LayoutHooks {
  /** Checked before every model call; a fired signal throws an `AbortError`. */
  readonly signal?: AbortSignal;
  readonly onToken?: TokenCallback;
}

/** Number of likeliest alternatives recorded per token. */
export const LAYOUT_ALTERNATIVES = 5;

export interface LayoutSample {
  /** Codes in raster order (tokenCount of them). */
  readonly ids: Uint16Array;
  /** Model probability (temperature 1, after CFG) of each chosen code. */
  readonly probabilities: Float32Array;
  /** [tokenCount, 5] likeliest codes per step (best first; -1 pads) and their probabilities. */
  readonly alternativeIds: Int32Array;
  readonly alternativeProbabilities: Float32Array;
}

/**
 * Writes a layout plan with the planner: the prompt prefix once, then one `session.run` per code
 * (KV cache), each code drawn by {@link TokenSampler} from a generator seeded with `seed`.
 */
export async function sampleLayout(
  session: InferenceSession,
  spec: PlannerSpec,
  prompt: string,
  options: LayoutSamplingOptions,
  hooks: LayoutHooks = {},
): Promise<LayoutSample> {
  checkSamplingOptions(options);
  const count = options.tokenCount ?? spec.grid * spec.grid;
  if (!Number.isInteger(count) || count < 1 || count > spec.grid * spec.grid) {
    throw new RangeError(`tokenCount must be in 1..${spec.grid * spec.grid}, got ${count}`);
  }
  const forced = options.forced;
  if (forced) checkForced(forced, spec.grid * spec.grid, spec.codes);
  const cfgScale = options.cfgScale ?? 1;
  if (!Number.isFinite(cfgScale)) throw new RangeError(`cfgScale must be finite, got ${cfgScale}`);
  const guided = cfgScale !== 1;
  const rows = [conditionalPrefix(prompt, spec.tokenizer)];
  if (guided) rows.push(unconditionalPrefix(spec.tokenizer));
  const prefix = buildPrefixBatch(rows, spec.tokenizer);
  const stepper: PlannerStepper =
    options.kvCache === false
      ? new FullSequenceStepper(session, spec, prefix, count)
      : new KvCacheStepper(session, spec, prefix, count);

  const rng = createRng(options.seed);
  const sampler = new TokenSampler(spec.codes, LAYOUT_ALTERNATIVES);
  const mixed = new Float32Array(spec.codes);
  const ids = new Uint16Array(count);
  const probabilities = new Float32Array(count);
  const alternativeIds = new Int32Array(count * LAYOUT_ALTERNATIVES);
  const alternativeProbabilities = new Float32Array(count * LAYOUT_ALTERNATIVES);

  /** The row to sample from: the conditional logits, or the CFG mix written into `mixed`. */
  const pick = (logits: StepLogits): [Float32Array, number] => {
    const cond = lastRowOffset(logits, 0, spec.codes);
    if (!guided) return [logits.data, cond];
    const uncond = lastRowOffset(logits, 1, spec.codes);
    const d = logits.data;
    for (let k = 0; k < spec.codes; k++) {
      const u = d[uncond + k] ?? 0;
      mixed[k] = u + cfgScale * ((d[cond + k] ?? 0) - u);
    }
    return [mixed, 0];
  };

  throwIfAborted(hooks.signal);
  let logits = await stepper.start();
  for (let j = 0; j < count; j++) {
    const [row, offset] = pick(logits);
    const id =
      forced && forced.mask[j] !== 0
        ? sampler.force(row, offset, forced.ids[j] ?? 0)
        : sampler.sample(row, offset, options, rng);
    ids[j] = id;
    probabilities[j] = sampler.probability;
    sampler.writeAlternatives(alternativeIds, alternativeProbabilities, j * LAYOUT_ALTERNATIVES);
    hooks.onToken?.(j, id, sampler.probability, sampler.alternatives());
    if (j === count - 1) break;
    throwIfAborted(hooks.signal);
    logits = await stepper.next(id, j);
  }
  return { ids, probabilities, alternativeIds, alternativeProbabilities };
}

function checkForced(forced: ForcedTokens, cells: number, codes: number): void {
  if (forced.mask.length !== cells || forced.ids.length !== cells) {
    throw new RangeError(
      `forced mask and ids must both have ${cells} entries, got ${forced.mask.length} and ${forced.ids.length}`,
    );
  }
  for (let i = 0; i < cells; i++) {
    const id = forced.ids[i] ?? 0;
    if (forced.mask[i] !== 0 && id >= codes) {
      throw new RangeError(`forced code ${id} at ${i} is not below the codebook size ${codes}`);
    }
  }
}
