import fc from 'fast-check';
import type { TokenPlan } from '../token-plan/token-plan.ts';

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Any valid token plan (small sides, any vocabulary), with or without probabilities. */
export const arbitraryTokenPlan: fc.Arbitrary<TokenPlan> = fc
  .record({
    height: fc.integer({ min: 1, max: 12 }),
    width: fc.integer({ min: 1, max: 12 }),
    vocabSize: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 65536 })),
    grid: fc.integer({ min: 1, max: 0xffff }),
    patchSize: fc.integer({ min: 1, max: 0xffff }),
    modelId: fc.stringMatching(/^[\x21-\x7e]{1,40}$/),
    hash: fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hex),
    withProbabilities: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((h) => {
    const count = h.height * h.width;
    const ids = fc.array(fc.integer({ min: 0, max: h.vocabSize - 1 }), {
      minLength: count,
      maxLength: count,
    });
    const probabilities = fc.array(fc.float({ min: 0, max: 1, noNaN: true }), {
      minLength: count,
      maxLength: count,
    });
    return fc
      .tuple(ids, h.withProbabilities ? probabilities : fc.constant(undefined))
      .map(([idList, probList]): TokenPlan => ({
        height: h.height,
        width: h.width,
        ids: Uint16Array.from(idList),
        codebook: { modelId: h.modelId, grid: h.grid, vocabSize: h.vocabSize, hash: h.hash },
        patchSize: h.patchSize,
        ...(probList ? { probabilities: Float32Array.from(probList) } : {}),
      }));
  });

/** A fixed 2×3 plan of the tessera-tiny 16-grid codebook, for readable tests. */
export function examplePlan(overrides: Partial<TokenPlan> = {}): TokenPlan {
  return {
    height: 2,
    width: 3,
    ids: Uint16Array.from([0, 1, 2, 509, 510, 511]),
    codebook: {
      modelId: 'tessera-tiny',
      grid: 16,
      vocabSize: 512,
      hash: '06a3f8052a9759db74d63b42e246fca36fd22dca01b61c91b45fd675d7155430',
    },
    patchSize: 16,
    ...overrides,
  };
}
