// Test helpers: plans with alternatives (format version 2).
import fc from 'fast-check';
import { arbitraryTokenPlan, examplePlan } from '../testing/token-plan-arbitrary.ts';
import type { TokenPlan, TokenPlanAlternatives } from './token-plan.ts';

/** Valid alternatives for `plan`: 1 to 8 per token, each token's list padded by a random amount. */
export function arbitraryAlternatives(plan: TokenPlan): fc.Arbitrary<TokenPlanAlternatives> {
  const tokens = plan.height * plan.width;
  const vocab = plan.codebook.vocabSize;
  return fc.integer({ min: 1, max: 8 }).chain((count) => {
    const entry = fc.record({
      id: fc.integer({ min: 0, max: vocab - 1 }),
      p: fc.float({ min: 0, max: 1, noNaN: true }),
    });
    const list = fc
      .tuple(fc.array(entry, { minLength: count, maxLength: count }), fc.nat({ max: count }))
      .map(([entries, real]) => entries.map((e, k) => (k < real ? e : { id: -1, p: 0 })));
    return fc.array(list, { minLength: tokens, maxLength: tokens }).map((lists) => ({
      count,
      ids: Int32Array.from(lists.flat(), (e) => e.id),
      probabilities: Float32Array.from(lists.flat(), (e) => e.p),
    }));
  });
}

/** Any valid plan, with alternatives (and so written as format version 2). */
export const arbitraryPlanWithAlternatives: fc.Arbitrary<TokenPlan> = arbitraryTokenPlan
  .filter((plan) => plan.codebook.vocabSize <= 0xffff)
  .chain((plan) => arbitraryAlternatives(plan).map((alternatives) => ({ ...plan, alternatives })));

/** Any valid plan, with or without alternatives. */
export const arbitraryPlanAnyVersion: fc.Arbitrary<TokenPlan> = fc.oneof(
  arbitraryTokenPlan,
  arbitraryPlanWithAlternatives,
);

/** `examplePlan()` (2×3, K=512) with probabilities and 2 alternatives per token, one padded. */
export function exampleV2Plan(): TokenPlan {
  return examplePlan({
    probabilities: Float32Array.from([0.5, 0.25, 1, 0.125, 0.75, 0.5]),
    alternatives: {
      count: 2,
      ids: Int32Array.from([0, 7, 1, 9, 2, -1, 509, 3, 510, 4, 511, 5]),
      probabilities: Float32Array.from([
        0.5, 0.25, 0.25, 0.125, 1, 0, 0.125, 0.0625, 0.75, 0.125, 0.5, 0.25,
      ]),
    },
  });
}
