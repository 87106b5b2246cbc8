import { describe, expect, it } from 'vitest';
import { examplePlan } from '../testing/token-plan-arbitrary.ts';
import { encodeTokenPlan } from './encode-token-plan.ts';
import type { TokenPlanErrorCode } from './token-plan-error.ts';
import type { TokenPlan } from './token-plan.ts';

function codeOf(plan: TokenPlan): TokenPlanErrorCode | undefined {
  try {
    encodeTokenPlan(plan);
    return undefined;
  } catch (error) {
    return (error as { code?: TokenPlanErrorCode }).code;
  }
}

describe('encodeTokenPlan refuses plans it could not decode again', () => {
  const base = examplePlan();

  it.each<[string, Partial<TokenPlan>, TokenPlanErrorCode]>([
    ['ids of the wrong count', { ids: new Uint16Array(5) }, 'shape-mismatch'],
    ['ids that are not a Uint16Array', { ids: new Uint32Array(6) as never }, 'shape-mismatch'],
    [
      'an id past the vocabulary',
      { ids: Uint16Array.from([0, 0, 0, 0, 0, 512]) },
      'id-out-of-range',
    ],
    ['a fractional height', { height: 1.5 }, 'invalid-header'],
    ['a side over 65535', { width: 70000 }, 'invalid-header'],
    ['a zero patch size', { patchSize: 0 }, 'invalid-header'],
    ['probabilities of the wrong count', { probabilities: new Float32Array(2) }, 'shape-mismatch'],
    [
      'a NaN probability',
      { probabilities: new Float32Array(6).fill(Number.NaN) },
      'bad-probability',
    ],
    [
      'an upper-case hash',
      { codebook: { ...base.codebook, hash: 'AB'.repeat(32) } },
      'invalid-header',
    ],
    [
      'a non-ASCII model id',
      { codebook: { ...base.codebook, modelId: 'tëssera' } },
      'invalid-header',
    ],
    ['an empty model id', { codebook: { ...base.codebook, modelId: '' } }, 'invalid-header'],
  ])('%s', (_name, override, code) => {
    expect(codeOf({ ...base, ...override })).toBe(code);
  });
});
