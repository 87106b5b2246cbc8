import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTokenPlan } from '../token-plan/decode-token-plan.ts';
import { encodeTokenPlan } from '../token-plan/encode-token-plan.ts';
import { arbitraryTokenPlan, examplePlan } from '../testing/token-plan-arbitrary.ts';
import { fromWireValue, toWireValue, zWireValue } from './wire-values.ts';

/** What Socket.IO hands a Node listener: a Buffer that is a view into a larger pool. */
function asDeliveredInNode(bytes: Uint8Array): Buffer {
  const pool = Buffer.alloc(bytes.length + 24, 0xee);
  Buffer.from(bytes).copy(pool, 13);
  return pool.subarray(13, 13 + bytes.length);
}

describe('wire values', () => {
  it('carries any token plan through a Node Buffer byte-identical', () => {
    fc.assert(
      fc.property(arbitraryTokenPlan, (plan) => {
        const sent = toWireValue('TOKEN_PLAN', plan);
        if (sent.type !== 'TOKEN_PLAN') throw new Error('not a plan');
        const parsed = zWireValue.parse({
          type: 'TOKEN_PLAN',
          bytes: asDeliveredInNode(sent.bytes),
        });
        if (parsed.type !== 'TOKEN_PLAN') throw new Error('not a plan');
        expect(parsed.bytes.byteOffset).toBe(0);
        expect(parsed.bytes).toEqual(sent.bytes);
        expect(encodeTokenPlan(decodeTokenPlan(parsed.bytes))).toEqual(sent.bytes);
        expect(fromWireValue(parsed)).toEqual(decodeTokenPlan(sent.bytes));
      }),
      { numRuns: 50 },
    );
  });

  it('accepts a browser ArrayBuffer too', () => {
    const bytes = encodeTokenPlan(examplePlan());
    const parsed = zWireValue.parse({ type: 'TOKEN_PLAN', bytes: bytes.slice().buffer });
    expect(parsed.type === 'TOKEN_PLAN' && parsed.bytes).toEqual(bytes);
  });

  it('round-trips an image with its source plan, and prompts', () => {
    const plan = examplePlan();
    const image = {
      width: 2,
      height: 1,
      channels: 3 as const,
      data: Uint8Array.of(1, 2, 3, 4, 5, 6),
      plan,
    };
    const wire = zWireValue.parse(toWireValue('IMAGE', image));
    expect(fromWireValue(wire)).toEqual(image);
    expect(fromWireValue(zWireValue.parse(toWireValue('PROMPT', 'a "SALE" poster')))).toBe(
      'a "SALE" poster',
    );
  });

  it('refuses broken plans, short images and unknown shapes', () => {
    const bytes = encodeTokenPlan(examplePlan());
    const truncated = { type: 'TOKEN_PLAN', bytes: bytes.subarray(0, bytes.length - 2) };
    expect(zWireValue.safeParse(truncated).success).toBe(false);
    const short = { type: 'IMAGE', width: 2, height: 2, channels: 3, data: new Uint8Array(5) };
    expect(zWireValue.safeParse(short).success).toBe(false);
    expect(zWireValue.safeParse({ type: 'TOKEN_PLAN', bytes: [1, 2, 3] }).success).toBe(false);
    expect(zWireValue.safeParse({ type: 'LATENT', data: 1 }).success).toBe(false);
    expect(() => toWireValue('IMAGE', { width: 1 })).toThrow(/IMAGE/);
  });
});
