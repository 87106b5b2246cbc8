import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { RgbImage } from '@tessera/png';
import { createRng } from '../rng/seeded-rng.ts';
import { throwIfAborted } from '../sampling/abort.ts';
import { float32Output, float32Tensor, int64Tensor } from '../sampling/ort-tensors.ts';
import { DECODER_IO, type DecoderSpec } from './decoder-spec.ts';
import { shiftedTimesteps } from './flow-schedule.ts';
import { planarToRgb, previewRgb } from './latent-rgb.ts';
import { buildPlanFeeds, type PlanConditioning } from './plan-feeds.ts';

export interface DecodeInputs {
  /** The plan on one of the decoder's grids, or null to decode without a plan (the ablation). */
  readonly plan: PlanConditioning | null;
  /** The decoder's `text` input (`decoderTextIds`). */
  readonly text: BigInt64Array;
}

export interface EulerOptions {
  readonly steps: number;
  /** Classifier-free guidance by dropping the plan; 1 = a single conditional pass per step. */
  readonly guidance: number;
  /** Time shift of the schedule (see `shiftedTimesteps`). */
  readonly shift: number;
  /** Seed of the start noise x_1 ~ N(0, I). */
  readonly seed: number;
  /** Send a preview every k steps (and at the last); 0 = none. Default 1 when `onStep` is given. */
  readonly previewEvery?: number;
  /** Preview side in pixels; must divide the canvas. Default: the canvas. */
  readonly previewSize?: number;
}

/** After each step: `step` steps of `steps` done, with a preview on preview steps. */
export type StepCallback = (step: number, steps: number, preview?: RgbImage) => void;

export interface DecodeHooks {
  /** Checked before every model call; a fired signal throws an `AbortError`. */
  readonly signal?: AbortSignal;
  readonly onStep?: StepCallback;
}

/**
 * Renders an image with the flow-matching decoder: Euler steps over the shifted schedule,
 * `x ← x + (t_{i+1} − t_i) · (v_u + g · (v_c − v_u))`, with the conditional and plan-dropped
 * branches run as one batch of 2 (one `session.run` per step). With guidance 1, or no plan, each
 * step is a single batch-1 pass. Output: RGB bytes, `round((clamp(x_0, -1, 1) + 1) · 127.5)`
 * rounded half to even.
 */
export async function sampleImage(
  session: InferenceSession,
  spec: DecoderSpec,
  inputs: DecodeInputs,
  options: EulerOptions,
  hooks: DecodeHooks = {},
): Promise<RgbImage> {
  const { steps, guidance, shift, seed } = options;
  if (!Number.isFinite(guidance)) throw new RangeError(`guidance must be finite, got ${guidance}`);
  if (inputs.text.length !== spec.textLength) {
    throw new RangeError(`text must have ${spec.textLength} ids, got ${inputs.text.length}`);
  }
  const ts = shiftedTimesteps(steps, shift);
  const side = spec.canvas;
  const previewEvery = options.previewEvery ?? (hooks.onStep ? 1 : 0);
  const previewSize = options.previewSize ?? side;
  if (!Number.isInteger(previewEvery) || previewEvery < 0) {
    throw new RangeError(`previewEvery must be an integer >= 0, got ${previewEvery}`);
  }

  const guided = inputs.plan !== null && guidance !== 1;
  const batch = guided ? 2 : 1;
  const n = 3 * side * side;
  // Batch rows share x: row 0 is the state, row 1 (when guided) a copy made before each run.
  const xBatch = new Float32Array(batch * n);
  const x = xBatch.subarray(0, n);
  createRng(seed).fillNormal(x);
  const tBatch = new Float32Array(batch);
  const text = new BigInt64Array(batch * spec.textLength);
  for (let b = 0; b < batch; b++) text.set(inputs.text, b * spec.textLength);
  const feeds: Record<string, Tensor> = {
    [DECODER_IO.x]: float32Tensor(xBatch, [batch, 3, side, side]),
    [DECODER_IO.t]: float32Tensor(tBatch, [batch]),
    [DECODER_IO.text]: int64Tensor(text, [batch, spec.textLength]),
  };
  for (const [grid, data] of buildPlanFeeds(spec, inputs.plan, batch)) {
    feeds[DECODER_IO.plan(grid)] = int64Tensor(data, [batch, grid, grid]);
  }
  const velocity = new Float32Array(n);

  for (let i = 0; i < steps; i++) {
    const t = ts[i] ?? 0;
    const dt = (ts[i + 1] ?? 0) - t;
    if (guided) xBatch.copyWithin(n, 0, n);
    tBatch.fill(t);
    throwIfAborted(hooks.signal);
    const v = float32Output(await session.run(feeds), DECODER_IO.velocity).data;
    if (v.length !== batch * n)
      throw new Error(`decoder velocity has ${v.length} values, expected ${batch * n}`);
    if (guided) {
      for (let k = 0; k < n; k++) {
        const vu = v[n + k] ?? 0;
        velocity[k] = vu + guidance * ((v[k] ?? 0) - vu);
      }
    } else {
      velocity.set(v.subarray(0, n));
    }
    const step = i + 1;
    const wantPreview = previewEvery > 0 && (step % previewEvery === 0 || step === steps);
    const preview = wantPreview ? previewRgb(x, velocity, t, side, previewSize) : undefined;
    for (let k = 0; k < n; k++) x[k] = (x[k] ?? 0) + dt * (velocity[k] ?? 0);
    hooks.onStep?.(step, steps, preview);
  }
  return planarToRgb(x, side);
}
