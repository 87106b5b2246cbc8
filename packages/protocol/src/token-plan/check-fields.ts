import { TokenPlanFormatError } from './token-plan-error.ts';
import { TOKEN_PLAN_MAX_SIDE, TOKEN_PLAN_MAX_VOCAB } from './token-plan.ts';

/** Field checks shared by the encoder (on the plan) and the decoder (on the header). */

export function checkSide(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > TOKEN_PLAN_MAX_SIDE) {
    throw new TokenPlanFormatError(
      'invalid-header',
      `${field} must be an integer from 1 to ${TOKEN_PLAN_MAX_SIDE}, got ${value}`,
    );
  }
}

export function checkVocabSize(value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > TOKEN_PLAN_MAX_VOCAB) {
    throw new TokenPlanFormatError(
      'invalid-header',
      `vocabulary size must be an integer from 1 to ${TOKEN_PLAN_MAX_VOCAB}, got ${value}`,
    );
  }
}

const MODEL_ID = /^[\x21-\x7e]{1,255}$/;

export function checkModelId(value: string): void {
  if (!MODEL_ID.test(value)) {
    throw new TokenPlanFormatError(
      'invalid-header',
      `codebook model id must be 1 to 255 printable ASCII characters without spaces, got ${JSON.stringify(value)}`,
    );
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function checkHash(value: string): void {
  if (!SHA256_HEX.test(value)) {
    throw new TokenPlanFormatError(
      'invalid-header',
      `codebook hash must be 64 lowercase hex digits (sha256), got ${JSON.stringify(value)}`,
    );
  }
}

/** Throws on the first id that is not below `vocabSize`. */
export function checkIds(ids: ArrayLike<number>, vocabSize: number, width: number): void {
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? 0;
    if (id >= vocabSize) {
      const at = `row ${Math.floor(i / width)}, column ${i % width}`;
      throw new TokenPlanFormatError(
        'id-out-of-range',
        `id ${id} at ${at} is not below the vocabulary size ${vocabSize}`,
      );
    }
  }
}

/** Throws on the first probability that is NaN or outside [0, 1]. */
export function checkProbabilities(probabilities: ArrayLike<number>): void {
  for (let i = 0; i < probabilities.length; i += 1) {
    const p = probabilities[i] ?? 0;
    if (!(p >= 0 && p <= 1)) {
      throw new TokenPlanFormatError(
        'bad-probability',
        `probability ${p} at index ${i} is not a number in [0, 1]`,
      );
    }
  }
}
