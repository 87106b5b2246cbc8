import {
  ALTERNATIVE_PADDING,
  ALTERNATIVES_HEADER_BYTES,
  FLAG_ALTERNATIVES,
  FLAG_PROBABILITIES,
  HASH_BYTES,
  KNOWN_FLAGS,
  OFFSET,
  align4,
  sectionLayout,
} from './binary-layout.ts';
import {
  checkAlternativeCount,
  checkAlternativeEntries,
  checkVocabForAlternatives,
} from './check-alternatives.ts';
import {
  checkIds,
  checkModelId,
  checkProbabilities,
  checkSide,
  checkVocabSize,
} from './check-fields.ts';
import { checkExpectations, type TokenPlanExpectations } from './expectations.ts';
import { bytesToHex } from './hex.ts';
import { TokenPlanFormatError } from './token-plan-error.ts';
import {
  TOKEN_PLAN_FORMAT_VERSION,
  TOKEN_PLAN_MAGIC,
  type TokenPlan,
  type TokenPlanAlternatives,
} from './token-plan.ts';

export interface DecodeTokenPlanOptions {
  /** What the caller needs the plan to be; any difference throws `codebook-mismatch`. */
  readonly expect?: TokenPlanExpectations;
}

/**
 * Reads the binary form written by `encodeTokenPlan` (this version or an older one), checking
 * everything: magic, version, flags, header fields, exact length, id range, probabilities,
 * alternatives, and the codebook against `options.expect`. Throws `TokenPlanFormatError` and
 * nothing else. The result owns its arrays (nothing aliases `bytes`).
 */
export function decodeTokenPlan(
  bytes: Uint8Array,
  options: DecodeTokenPlanOptions = {},
): TokenPlan {
  if (!(bytes instanceof Uint8Array)) {
    throw new TokenPlanFormatError('invalid-header', 'expected a Uint8Array');
  }
  for (let i = 0; i < Math.min(4, bytes.length); i += 1) {
    if (bytes[i] !== TOKEN_PLAN_MAGIC.charCodeAt(i)) {
      throw new TokenPlanFormatError('bad-magic', `does not start with "${TOKEN_PLAN_MAGIC}"`);
    }
  }
  requireLength(bytes, OFFSET.modelId, 'the fixed header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(OFFSET.version, true);
  if (version > TOKEN_PLAN_FORMAT_VERSION) {
    throw new TokenPlanFormatError(
      'unsupported-version',
      `format version ${version} is newer than this reader (${TOKEN_PLAN_FORMAT_VERSION}); update Tessera`,
    );
  }
  if (version < 1) {
    throw new TokenPlanFormatError('unsupported-version', `unknown format version ${version}`);
  }
  const flags = view.getUint16(OFFSET.flags, true);
  if ((flags & ~(KNOWN_FLAGS[version] ?? 0)) !== 0) {
    throw new TokenPlanFormatError(
      'unknown-flags',
      `unknown flags 0x${flags.toString(16).padStart(4, '0')} in a version ${version} plan`,
    );
  }
  const height = view.getUint16(OFFSET.height, true);
  const width = view.getUint16(OFFSET.width, true);
  const patchSize = view.getUint16(OFFSET.patchSize, true);
  const grid = view.getUint16(OFFSET.grid, true);
  const vocabSize = view.getUint32(OFFSET.vocabSize, true);
  checkSide('height', height);
  checkSide('width', width);
  checkSide('patch size', patchSize);
  checkSide('codebook grid', grid);
  checkVocabSize(vocabSize);
  const hash = bytesToHex(bytes.subarray(OFFSET.hash, OFFSET.hash + HASH_BYTES));
  const idLength = bytes[OFFSET.modelIdLength] ?? 0;
  requireLength(bytes, OFFSET.modelId + idLength, 'the model id');
  const modelId = String.fromCharCode(...bytes.subarray(OFFSET.modelId, OFFSET.modelId + idLength));
  checkModelId(modelId);
  const codebook = { modelId, grid, vocabSize, hash };
  checkExpectations(codebook, patchSize, options.expect);

  const count = height * width;
  const hasProbabilities = (flags & FLAG_PROBABILITIES) !== 0;
  const hasAlternatives = (flags & FLAG_ALTERNATIVES) !== 0;
  const alternativeCount = hasAlternatives
    ? readAlternativeCount(bytes, view, sectionLayout(idLength, count, hasProbabilities))
    : 0;
  if (hasAlternatives) checkVocabForAlternatives(vocabSize);
  const layout = sectionLayout(idLength, count, hasProbabilities, alternativeCount);
  const what =
    `${count} ids (${height}×${width})` +
    (hasProbabilities ? ' and probabilities' : '') +
    (hasAlternatives ? ` and ${alternativeCount} alternatives per token` : '');
  requireLength(bytes, layout.totalBytes, what);
  if (bytes.length > layout.totalBytes) {
    throw new TokenPlanFormatError(
      'trailing-bytes',
      `${bytes.length - layout.totalBytes} bytes after the ${what}; expected ${layout.totalBytes} bytes in all`,
    );
  }
  requireZeroPadding(bytes, OFFSET.modelId + idLength, layout.idsOffset);
  const ids = new Uint16Array(count);
  for (let i = 0; i < count; i += 1) ids[i] = view.getUint16(layout.idsOffset + 2 * i, true);
  checkIds(ids, vocabSize, width);
  const plan: { -readonly [K in keyof TokenPlan]: TokenPlan[K] } = {
    height,
    width,
    ids,
    codebook,
    patchSize,
  };
  if (hasProbabilities) {
    requireZeroPadding(bytes, layout.idsOffset + 2 * count, layout.probabilitiesOffset);
    const probabilities = new Float32Array(count);
    for (let i = 0; i < count; i += 1) {
      probabilities[i] = view.getFloat32(layout.probabilitiesOffset + 4 * i, true);
    }
    checkProbabilities(probabilities);
    plan.probabilities = probabilities;
  }
  if (hasAlternatives) {
    plan.alternatives = readAlternatives(bytes, view, layout, count * alternativeCount);
    checkAlternativeEntries(plan.alternatives, vocabSize, width);
  }
  return plan;
}

/** Reads and checks the alternatives count at the start of its section (after the padding). */
function readAlternativeCount(bytes: Uint8Array, view: DataView, before: { totalBytes: number }) {
  const start = align4(before.totalBytes);
  requireLength(bytes, start + ALTERNATIVES_HEADER_BYTES, 'the alternatives header');
  requireZeroPadding(bytes, before.totalBytes, start);
  const alternativeCount = view.getUint16(start, true);
  checkAlternativeCount(alternativeCount);
  if (view.getUint16(start + 2, true) !== 0) {
    throw new TokenPlanFormatError(
      'bad-alternatives',
      `the reserved field after the alternatives count (offset ${start + 2}) is not zero`,
    );
  }
  return alternativeCount;
}

function readAlternatives(
  bytes: Uint8Array,
  view: DataView,
  layout: ReturnType<typeof sectionLayout>,
  entries: number,
): TokenPlanAlternatives {
  const count = view.getUint16(layout.alternativesOffset, true);
  const ids = new Int32Array(entries);
  const probabilities = new Float32Array(entries);
  for (let i = 0; i < entries; i += 1) {
    const id = view.getUint16(layout.alternativeIdsOffset + 2 * i, true);
    ids[i] = id === ALTERNATIVE_PADDING ? -1 : id;
    probabilities[i] = view.getFloat32(layout.alternativeProbabilitiesOffset + 4 * i, true);
  }
  requireZeroPadding(
    bytes,
    layout.alternativeIdsOffset + 2 * entries,
    layout.alternativeProbabilitiesOffset,
  );
  return { count, ids, probabilities };
}

function requireLength(bytes: Uint8Array, needed: number, what: string): void {
  if (bytes.length < needed) {
    throw new TokenPlanFormatError(
      'truncated',
      `${bytes.length} bytes is too short for ${what} (needs ${needed} bytes)`,
    );
  }
}

function requireZeroPadding(bytes: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i += 1) {
    if (bytes[i] !== 0) {
      throw new TokenPlanFormatError('invalid-header', `padding byte at offset ${i} is not zero`);
    }
  }
}
