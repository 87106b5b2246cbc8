import {
  FLAG_PROBABILITIES,
  HASH_BYTES,
  KNOWN_FLAGS,
  OFFSET,
  sectionLayout,
} from './binary-layout.ts';
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
import { TOKEN_PLAN_FORMAT_VERSION, TOKEN_PLAN_MAGIC, type TokenPlan } from './token-plan.ts';

export interface DecodeTokenPlanOptions {
  /** What the caller needs the plan to be; any difference throws `codebook-mismatch`. */
  readonly expect?: TokenPlanExpectations;
}

/**
 * Reads the binary form written by `encodeTokenPlan` (this version or an older one), checking
 * everything: magic, version, flags, header fields, exact length, id range, probabilities, and
 * the codebook against `options.expect`. Throws `TokenPlanFormatError` and nothing else.
 * The result owns its arrays (nothing aliases `bytes`).
 */
export function decodeTokenPlan(
  bytes: Uint8Array,
  options: DecodeTokenPlanOptions = {},
): TokenPlan {
  if (!(bytes instanceof Uint8Array)) {
    throw new TokenPlanFormatError('invalid-header', 'expected a Uint8Array');
  }
  requireLength(bytes, OFFSET.modelId, 'the fixed header');
  for (let i = 0; i < 4; i += 1) {
    if (bytes[i] !== TOKEN_PLAN_MAGIC.charCodeAt(i)) {
      throw new TokenPlanFormatError('bad-magic', `does not start with "${TOKEN_PLAN_MAGIC}"`);
    }
  }
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
  if ((flags & ~KNOWN_FLAGS) !== 0) {
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
  const layout = sectionLayout(idLength, count, hasProbabilities);
  const what = `${count} ids (${height}×${width})${hasProbabilities ? ' and probabilities' : ''}`;
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
  if (!hasProbabilities) return { height, width, ids, codebook, patchSize };

  requireZeroPadding(bytes, layout.idsOffset + 2 * count, layout.probabilitiesOffset);
  const probabilities = new Float32Array(count);
  for (let i = 0; i < count; i += 1) {
    probabilities[i] = view.getFloat32(layout.probabilitiesOffset + 4 * i, true);
  }
  checkProbabilities(probabilities);
  return { height, width, ids, codebook, patchSize, probabilities };
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
