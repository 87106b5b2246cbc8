import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryTokenPlan, examplePlan } from '../testing/token-plan-arbitrary.ts';
import { decodeTokenPlan } from './decode-token-plan.ts';
import { encodeTokenPlan } from './encode-token-plan.ts';
import { decodeTokenPlanBase64, encodeTokenPlanBase64 } from './token-plan-base64.ts';

describe('token plan codec', () => {
  it('round-trips any valid plan exactly', () => {
    fc.assert(
      fc.property(arbitraryTokenPlan, (plan) => {
        expect(decodeTokenPlan(encodeTokenPlan(plan))).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through base64', () => {
    fc.assert(
      fc.property(arbitraryTokenPlan, (plan) => {
        expect(decodeTokenPlanBase64(encodeTokenPlanBase64(plan))).toEqual(plan);
      }),
      { numRuns: 100 },
    );
  });

  it('is small: a 16×16 plan is a 68-byte header plus 512 bytes of ids', () => {
    const plan = examplePlan({ height: 16, width: 16, ids: new Uint16Array(256) });
    expect(encodeTokenPlan(plan).length).toBe(68 + 512);
  });

  it('stores ids as little-endian u16 right after the header', () => {
    const bytes = encodeTokenPlan(examplePlan());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('TPLN');
    expect(Array.from(bytes.subarray(68, 68 + 6))).toEqual([0, 0, 1, 0, 2, 0]);
    expect(Array.from(bytes.subarray(68 + 6, 68 + 12))).toEqual([253, 1, 254, 1, 255, 1]);
  });

  it('decodes from a view into a larger buffer, and the result does not alias it', () => {
    const encoded = encodeTokenPlan(examplePlan());
    const big = new Uint8Array(encoded.length + 7);
    big.set(encoded, 3);
    const view = big.subarray(3, 3 + encoded.length);
    const plan = decodeTokenPlan(view);
    expect(plan).toEqual(examplePlan());
    big.fill(0);
    expect(plan.ids[5]).toBe(511);
  });

  it('accepts a plan that matches every expectation', () => {
    const plan = examplePlan();
    const bytes = encodeTokenPlan(plan);
    const decoded = decodeTokenPlan(bytes, {
      expect: {
        modelId: 'tessera-tiny',
        codebookHash: plan.codebook.hash,
        vocabSize: 512,
        grid: 16,
        patchSize: 16,
      },
    });
    expect(decoded).toEqual(plan);
  });
});
