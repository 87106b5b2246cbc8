import {
  assertValidTokenPlan,
  type TokenPlan,
  type TokenPlanAlternatives,
} from '@tessera/protocol';
import type { CodebookInfo, TinyModelConstants } from './model-constants.ts';

function codebookOf(constants: TinyModelConstants, grid: number): CodebookInfo {
  const book = constants.codebooks.find((c) => c.grid === grid);
  if (book === undefined)
    throw new Error(`model ${constants.modelId} has no codebook for grid ${grid}`);
  return book;
}

/** A token plan of this model on `grid`, with the codebook reference from the manifest. */
export function makeTokenPlan(
  constants: TinyModelConstants,
  grid: number,
  ids: Uint16Array,
  probabilities?: Float32Array,
  alternatives?: TokenPlanAlternatives,
): TokenPlan {
  const book = codebookOf(constants, grid);
  const plan: TokenPlan = {
    height: grid,
    width: grid,
    ids,
    codebook: { modelId: constants.modelId, grid, vocabSize: book.size, hash: book.sha256 },
    patchSize: book.patch,
    ...(probabilities ? { probabilities } : {}),
    ...(alternatives ? { alternatives } : {}),
  };
  assertValidTokenPlan(plan);
  return plan;
}

/**
 * Checks that a plan belongs to this model (model id, grid, codebook hash and size, shape) and is
 * one of `grids`; throws an error that says which field differs.
 */
export function checkPlanForModel(
  plan: TokenPlan,
  constants: TinyModelConstants,
  grids: readonly number[],
  what: string,
): void {
  assertValidTokenPlan(plan);
  const { codebook } = plan;
  if (codebook.modelId !== constants.modelId) {
    throw new Error(
      `${what}: the plan is for model "${codebook.modelId}", not "${constants.modelId}"`,
    );
  }
  if (!grids.includes(codebook.grid)) {
    throw new Error(
      `${what}: takes plans on grid ${grids.join(' or ')}, got grid ${codebook.grid}`,
    );
  }
  const book = codebookOf(constants, codebook.grid);
  if (codebook.hash !== book.sha256 || codebook.vocabSize !== book.size) {
    throw new Error(
      `${what}: the plan's ${codebook.grid}×${codebook.grid} codebook (${codebook.hash.slice(0, 12)}…, K=${codebook.vocabSize}) ` +
        `is not this model's (${book.sha256.slice(0, 12)}…, K=${book.size})`,
    );
  }
  if (plan.height !== codebook.grid || plan.width !== codebook.grid) {
    throw new Error(
      `${what}: a grid-${codebook.grid} plan must be ${codebook.grid}×${codebook.grid}, got ${plan.height}×${plan.width}`,
    );
  }
}
