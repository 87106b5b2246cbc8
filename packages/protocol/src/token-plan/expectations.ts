import { TokenPlanFormatError } from './token-plan-error.ts';
import type { CodebookRef } from './token-plan.ts';

/** What a consumer needs a decoded plan to be (all optional). */
export interface TokenPlanExpectations {
  readonly modelId?: string;
  readonly codebookHash?: string;
  readonly vocabSize?: number;
  readonly grid?: number;
  readonly patchSize?: number;
}

/** Throws `codebook-mismatch` naming every field that differs from `expect`. */
export function checkExpectations(
  codebook: CodebookRef,
  patchSize: number,
  expect: TokenPlanExpectations | undefined,
): void {
  if (!expect) return;
  const actual: Record<keyof TokenPlanExpectations, string | number> = {
    modelId: codebook.modelId,
    codebookHash: codebook.hash,
    vocabSize: codebook.vocabSize,
    grid: codebook.grid,
    patchSize,
  };
  const differences: string[] = [];
  for (const key of Object.keys(actual) as (keyof TokenPlanExpectations)[]) {
    const wanted = expect[key];
    if (wanted !== undefined && wanted !== actual[key]) {
      differences.push(`${key} is ${String(actual[key])}, expected ${String(wanted)}`);
    }
  }
  if (differences.length > 0) {
    throw new TokenPlanFormatError(
      'codebook-mismatch',
      `plan does not belong to the expected codebook: ${differences.join('; ')}`,
    );
  }
}
