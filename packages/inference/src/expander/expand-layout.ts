import type { InferenceSession } from 'onnxruntime-node';
import { createRng } from '../rng/seeded-rng.ts';
import { throwIfAborted } from '../sampling/abort.ts';
import { checkSamplingOptions } from '../sampling/sampling-options.ts';
import { float32Output, float32Tensor, int64Tensor } from '../sampling/ort-tensors.ts';
import { TokenSampler } from '../sampling/token-sampler.ts';
import { EXPANDER_IO, type ExpanderSpec } from './expander-spec.ts';

export interface ExpanderInputs {
  /** The layout plan, layoutGrid² codes in raster order. */
  readonly layout: Uint16Array;
  /** The glyph map scaled to [0, 1] (`glyphMapToInput`), canvas² values. */
  readonly glyph: Float32Array;
  /** `[BOS, prompt bytes…, PAD…]`, promptSlot ids (`paddedPromptIds`). */
  readonly prompt: BigInt64Array;
}

export interface ExpandOptions {
  /** Fine grid to write: one of the spec's fine grids (32 or 64 for tessera-tiny). */
  readonly grid: number;
  /** 0 (default) = argmax per cell, as evaluated; above 0 samples softmax(logits / T). */
  readonly temperature?: number;
  /** Seed of the per-cell draws (only used when temperature > 0). Default 0. */
  readonly seed?: number;
  readonly signal?: AbortSignal;
}

export interface FinePlanSample {
  readonly grid: number;
  /** grid² codes, raster order. */
  readonly ids: Uint16Array;
  /** Model probability (softmax at temperature 1) of each chosen code. */
  readonly probabilities: Float32Array;
}

function checkInputs(spec: ExpanderSpec, inputs: ExpanderInputs): void {
  const cells = spec.layoutGrid * spec.layoutGrid;
  if (inputs.layout.length !== cells) {
    throw new RangeError(`layout must have ${cells} codes, got ${inputs.layout.length}`);
  }
  const bad = inputs.layout.findIndex((id) => id >= spec.layoutCodes);
  if (bad >= 0) {
    throw new RangeError(
      `layout code ${inputs.layout[bad]} at ${bad} is not below ${spec.layoutCodes}`,
    );
  }
  if (inputs.glyph.length !== spec.canvas * spec.canvas) {
    throw new RangeError(
      `glyph map must have ${spec.canvas ** 2} values, got ${inputs.glyph.length}`,
    );
  }
  if (inputs.prompt.length !== spec.promptSlot) {
    throw new RangeError(`prompt must have ${spec.promptSlot} ids, got ${inputs.prompt.length}`);
  }
}

/**
 * Expands a layout plan to a fine plan in one `session.run` (the expander is non-autoregressive),
 * fetching only the requested grid's logits, then picks one code per cell.
 */
export async function expandLayout(
  session: InferenceSession,
  spec: ExpanderSpec,
  inputs: ExpanderInputs,
  options: ExpandOptions,
): Promise<FinePlanSample> {
  const fine = spec.fineGrids.find((g) => g.grid === options.grid);
  if (fine === undefined) {
    const grids = spec.fineGrids.map((g) => g.grid).join(', ');
    throw new RangeError(`grid must be one of ${grids}, got ${options.grid}`);
  }
  const sampling = { temperature: options.temperature ?? 0, topP: 1, topK: 0 };
  checkSamplingOptions(sampling);
  checkInputs(spec, inputs);

  const layout = BigInt64Array.from(inputs.layout, (id) => BigInt(id));
  const g = spec.layoutGrid;
  const name = EXPANDER_IO.logits(fine.grid);
  throwIfAborted(options.signal);
  const result = await session.run(
    {
      [EXPANDER_IO.layout]: int64Tensor(layout, [1, g, g]),
      [EXPANDER_IO.glyph]: float32Tensor(inputs.glyph, [1, 1, spec.canvas, spec.canvas]),
      [EXPANDER_IO.prompt]: int64Tensor(inputs.prompt, [1, spec.promptSlot]),
    },
    [name],
  );
  const logits = float32Output(result, name).data;
  const cells = fine.grid * fine.grid;
  if (logits.length !== cells * fine.codes) {
    throw new Error(
      `expander output "${name}" has ${logits.length} values, expected ${cells}×${fine.codes}`,
    );
  }
  const sampler = new TokenSampler(fine.codes, 0);
  const rng = createRng(options.seed ?? 0);
  const ids = new Uint16Array(cells);
  const probabilities = new Float32Array(cells);
  for (let c = 0; c < cells; c++) {
    ids[c] = sampler.sample(logits, c * fine.codes, sampling, rng);
    probabilities[c] = sampler.probability;
  }
  return { grid: fine.grid, ids, probabilities };
}
