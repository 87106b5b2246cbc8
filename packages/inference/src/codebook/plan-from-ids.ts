import { TokenPlanFormatError, type TokenPlan, assertValidTokenPlan } from '@tessera/protocol';
import { type Codebook, codebookRef } from './codebook.ts';

export interface PlanFromIdsOptions {
  /** Default: the codebook's grid. */
  readonly height?: number;
  /** Default: the codebook's grid. */
  readonly width?: number;
  readonly probabilities?: Float32Array | readonly number[];
}

/**
 * A token plan of `codebook` from row-major ids (any numeric array: sampler output, an ONNX
 * int64 tensor's numbers). Checks the plan like the codec does; throws `TokenPlanFormatError`.
 */
export function tokenPlanFromIds(
  ids: ArrayLike<number | bigint>,
  codebook: Codebook,
  options: PlanFromIdsOptions = {},
): TokenPlan {
  const height = options.height ?? codebook.grid;
  const width = options.width ?? codebook.grid;
  const plan: TokenPlan = {
    height,
    width,
    ids: toUint16(ids, codebook.size, width),
    codebook: codebookRef(codebook),
    patchSize: codebook.patch,
    ...(options.probabilities ? { probabilities: Float32Array.from(options.probabilities) } : {}),
  };
  assertValidTokenPlan(plan);
  return plan;
}

/** Copies ids into a Uint16Array, refusing any that is not a code of the codebook. */
function toUint16(ids: ArrayLike<number | bigint>, vocabSize: number, width: number): Uint16Array {
  const out = new Uint16Array(ids.length);
  for (let i = 0; i < ids.length; i += 1) {
    const id = Number(ids[i]);
    if (!(Number.isInteger(id) && id >= 0 && id < vocabSize)) {
      throw new TokenPlanFormatError(
        'id-out-of-range',
        `id ${String(ids[i])} at row ${Math.floor(i / width)}, column ${i % width} is not a code of this codebook (K = ${vocabSize})`,
      );
    }
    out[i] = id;
  }
  return out;
}
