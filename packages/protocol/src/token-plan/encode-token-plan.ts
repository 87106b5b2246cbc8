import {
  ALTERNATIVE_PADDING,
  FLAG_ALTERNATIVES,
  FLAG_PROBABILITIES,
  HASH_BYTES,
  OFFSET,
  sectionLayout,
} from './binary-layout.ts';
import {
  checkAlternativeCount,
  checkAlternativeEntries,
  checkVocabForAlternatives,
} from './check-alternatives.ts';
import {
  checkHash,
  checkIds,
  checkModelId,
  checkProbabilities,
  checkSide,
  checkVocabSize,
} from './check-fields.ts';
import { hexToBytes } from './hex.ts';
import { TokenPlanFormatError } from './token-plan-error.ts';
import { TOKEN_PLAN_MAGIC, type TokenPlan, type TokenPlanAlternatives } from './token-plan.ts';

/**
 * Checks a plan as `decodeTokenPlan` would check its encoding; throws `TokenPlanFormatError`.
 * Use it before handing a plan built by hand to anything that trusts plans.
 */
export function assertValidTokenPlan(plan: TokenPlan): void {
  checkSide('height', plan.height);
  checkSide('width', plan.width);
  checkSide('patch size', plan.patchSize);
  checkSide('codebook grid', plan.codebook.grid);
  checkVocabSize(plan.codebook.vocabSize);
  checkModelId(plan.codebook.modelId);
  checkHash(plan.codebook.hash);
  const count = plan.height * plan.width;
  if (!(plan.ids instanceof Uint16Array) || plan.ids.length !== count) {
    throw new TokenPlanFormatError(
      'shape-mismatch',
      `expected ${count} ids (${plan.height}×${plan.width}) in a Uint16Array, got ${describe(plan.ids)}`,
    );
  }
  checkIds(plan.ids, plan.codebook.vocabSize, plan.width);
  if (plan.probabilities !== undefined) {
    if (!(plan.probabilities instanceof Float32Array) || plan.probabilities.length !== count) {
      throw new TokenPlanFormatError(
        'shape-mismatch',
        `expected ${count} probabilities in a Float32Array, got ${describe(plan.probabilities)}`,
      );
    }
    checkProbabilities(plan.probabilities);
  }
  if (plan.alternatives !== undefined) checkAlternatives(plan, plan.alternatives, count);
}

function checkAlternatives(plan: TokenPlan, alternatives: TokenPlanAlternatives, count: number) {
  checkAlternativeCount(alternatives.count);
  checkVocabForAlternatives(plan.codebook.vocabSize);
  const entries = count * alternatives.count;
  if (!(alternatives.ids instanceof Int32Array) || alternatives.ids.length !== entries) {
    throw new TokenPlanFormatError(
      'shape-mismatch',
      `expected ${entries} alternative ids (${count} tokens × ${alternatives.count}) in an Int32Array, got ${describe(alternatives.ids)}`,
    );
  }
  if (
    !(alternatives.probabilities instanceof Float32Array) ||
    alternatives.probabilities.length !== entries
  ) {
    throw new TokenPlanFormatError(
      'shape-mismatch',
      `expected ${entries} alternative probabilities in a Float32Array, got ${describe(alternatives.probabilities)}`,
    );
  }
  checkAlternativeEntries(alternatives, plan.codebook.vocabSize, plan.width);
}

/**
 * The versioned binary form of a plan (see `binary-layout.ts`). Validates the plan first. Writes
 * format version 1 unless the plan has alternatives (version 2), so older readers still read
 * every plan they could represent.
 */
export function encodeTokenPlan(plan: TokenPlan): Uint8Array {
  assertValidTokenPlan(plan);
  const count = plan.height * plan.width;
  const { modelId } = plan.codebook;
  const { probabilities, alternatives } = plan;
  const layout = sectionLayout(
    modelId.length,
    count,
    probabilities !== undefined,
    alternatives?.count ?? 0,
  );
  const bytes = new Uint8Array(layout.totalBytes);
  const view = new DataView(bytes.buffer);

  for (let i = 0; i < 4; i += 1) bytes[i] = TOKEN_PLAN_MAGIC.charCodeAt(i);
  const flags = (probabilities ? FLAG_PROBABILITIES : 0) | (alternatives ? FLAG_ALTERNATIVES : 0);
  view.setUint16(OFFSET.version, alternatives ? 2 : 1, true);
  view.setUint16(OFFSET.flags, flags, true);
  view.setUint16(OFFSET.height, plan.height, true);
  view.setUint16(OFFSET.width, plan.width, true);
  view.setUint16(OFFSET.patchSize, plan.patchSize, true);
  view.setUint16(OFFSET.grid, plan.codebook.grid, true);
  view.setUint32(OFFSET.vocabSize, plan.codebook.vocabSize, true);
  bytes.set(hexToBytes(plan.codebook.hash).subarray(0, HASH_BYTES), OFFSET.hash);
  bytes[OFFSET.modelIdLength] = modelId.length;
  for (let i = 0; i < modelId.length; i += 1) {
    bytes[OFFSET.modelId + i] = modelId.charCodeAt(i);
  }
  for (let i = 0; i < count; i += 1) {
    view.setUint16(layout.idsOffset + 2 * i, plan.ids[i] ?? 0, true);
  }
  if (probabilities) {
    for (let i = 0; i < count; i += 1) {
      view.setFloat32(layout.probabilitiesOffset + 4 * i, probabilities[i] ?? 0, true);
    }
  }
  if (alternatives) {
    view.setUint16(layout.alternativesOffset, alternatives.count, true);
    for (let i = 0; i < alternatives.ids.length; i += 1) {
      const id = alternatives.ids[i] ?? -1;
      view.setUint16(layout.alternativeIdsOffset + 2 * i, id < 0 ? ALTERNATIVE_PADDING : id, true);
      view.setFloat32(
        layout.alternativeProbabilitiesOffset + 4 * i,
        alternatives.probabilities[i] ?? 0,
        true,
      );
    }
  }
  return bytes;
}

function describe(value: unknown): string {
  if (ArrayBuffer.isView(value)) {
    return `${value.constructor.name} of length ${(value as Uint8Array).length}`;
  }
  return typeof value;
}
