import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWireValue, toWireValue, zWireValue } from '../events/wire-values.ts';
import { arbitraryPlanWithAlternatives, exampleV2Plan } from './alternatives-arbitrary.ts';

describe('a plan with alternatives on the wire', () => {
  it('arrives with its alternatives, alone or as the source plan of an image', () => {
    fc.assert(
      fc.property(arbitraryPlanWithAlternatives, (plan) => {
        expect(fromWireValue(zWireValue.parse(toWireValue('TOKEN_PLAN', plan)))).toEqual(plan);
      }),
      { numRuns: 50 },
    );
    const image = { width: 1, height: 1, channels: 3 as const, data: Uint8Array.of(1, 2, 3) };
    const sent = toWireValue('IMAGE', { ...image, plan: exampleV2Plan() });
    expect(fromWireValue(zWireValue.parse(sent))).toEqual({ ...image, plan: exampleV2Plan() });
  });
});
