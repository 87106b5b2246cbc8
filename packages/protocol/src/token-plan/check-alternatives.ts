import { TokenPlanFormatError } from './token-plan-error.ts';
import { TOKEN_PLAN_MAX_ALTERNATIVES, type TokenPlanAlternatives } from './token-plan.ts';

/** Largest vocabulary a plan with alternatives may have: the id 0xffff marks padding. */
export const MAX_VOCAB_WITH_ALTERNATIVES = 0xffff;

export function checkAlternativeCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > TOKEN_PLAN_MAX_ALTERNATIVES) {
    throw new TokenPlanFormatError(
      'bad-alternatives',
      `alternatives per token must be an integer from 1 to ${TOKEN_PLAN_MAX_ALTERNATIVES}, got ${count}`,
    );
  }
}

export function checkVocabForAlternatives(vocabSize: number): void {
  if (vocabSize > MAX_VOCAB_WITH_ALTERNATIVES) {
    throw new TokenPlanFormatError(
      'bad-alternatives',
      `a plan with alternatives needs a vocabulary of at most ${MAX_VOCAB_WITH_ALTERNATIVES} codes (0xffff marks padding), got ${vocabSize}`,
    );
  }
}

/**
 * Checks the entries of alternatives already known to have the right shape: each id is -1
 * (padding) or below `vocabSize`, each probability in [0, 1], and padding (probability 0) only
 * at the end of a token's list.
 */
export function checkAlternativeEntries(
  alternatives: TokenPlanAlternatives,
  vocabSize: number,
  width: number,
): void {
  const { count, ids, probabilities } = alternatives;
  const where = (i: number): string => {
    const token = Math.floor(i / count);
    return `alternative ${i % count} of row ${Math.floor(token / width)}, column ${token % width}`;
  };
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? 0;
    const p = probabilities[i] ?? 0;
    if (!(p >= 0 && p <= 1)) {
      throw new TokenPlanFormatError(
        'bad-probability',
        `probability ${p} of ${where(i)} is not a number in [0, 1]`,
      );
    }
    if (id === -1) {
      if (p !== 0) {
        throw new TokenPlanFormatError(
          'bad-alternatives',
          `${where(i)} is padding but has probability ${p} (padding has 0)`,
        );
      }
      continue;
    }
    if (!Number.isInteger(id) || id < 0 || id >= vocabSize) {
      throw new TokenPlanFormatError(
        'id-out-of-range',
        `id ${id} of ${where(i)} is not below the vocabulary size ${vocabSize} (nor -1, padding)`,
      );
    }
    if (i % count > 0 && ids[i - 1] === -1) {
      throw new TokenPlanFormatError(
        'bad-alternatives',
        `${where(i)} follows padding (padding only ends a token's list)`,
      );
    }
  }
}
