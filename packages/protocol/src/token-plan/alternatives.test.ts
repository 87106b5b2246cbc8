import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplePlan } from '../testing/token-plan-arbitrary.ts';
import {
  arbitraryPlanAnyVersion,
  arbitraryPlanWithAlternatives,
  exampleV2Plan,
} from './alternatives-arbitrary.ts';
import { decodeTokenPlan } from './decode-token-plan.ts';
import { encodeTokenPlan } from './encode-token-plan.ts';
import { decodeTokenPlanBase64, encodeTokenPlanBase64 } from './token-plan-base64.ts';
import { TokenPlanFormatError, type TokenPlanErrorCode } from './token-plan-error.ts';
import type { TokenPlan } from './token-plan.ts';

/** examplePlan() with probabilities, as written by the version-1-only encoder (frozen). */
const V1_FILE =
  'VFBMTgEAAQACAAMAEAAQAAACAAAGo/gFKpdZ23TWO0LiRvyjb9ItygG2HJG0X9Z11xVUMAx0ZXNzZXJhLXRpbnkAAAAAAAEAAgD9Af4B/wEAAAA/AACAPgAAgD8AAAA+AABAPwAAAD8=';

// exampleV2Plan(): header 68, ids 12 (→ 80), probabilities 24 (→ 104), count + reserved 4,
// alternative ids 2×6×2 = 24 (→ 132), alternative probabilities 48 (→ 180).
const ALT_HEADER = 104;
const ALT_IDS = 108;
const ALT_PROBS = 132;

function rejection(bytes: Uint8Array): TokenPlanFormatError {
  try {
    decodeTokenPlan(bytes);
  } catch (error) {
    if (error instanceof TokenPlanFormatError) return error;
    throw error;
  }
  throw new Error('decoded without complaint');
}

function expectRejected(bytes: Uint8Array, code: TokenPlanErrorCode, message: RegExp): void {
  const error = rejection(bytes);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

const v2 = (): Uint8Array => encodeTokenPlan(exampleV2Plan());

function patched(offset: number, ...values: number[]): Uint8Array {
  const bytes = v2();
  bytes.set(values, offset);
  return bytes;
}

describe('token plan format version 2 (alternatives)', () => {
  it('round-trips any plan with alternatives exactly, through bytes and base64', () => {
    fc.assert(
      fc.property(arbitraryPlanWithAlternatives, (plan) => {
        const bytes = encodeTokenPlan(plan);
        expect(bytes[4]).toBe(2);
        expect(decodeTokenPlan(bytes)).toEqual(plan);
        expect(decodeTokenPlanBase64(encodeTokenPlanBase64(plan))).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('writes version 1, byte-identical to the version-1 encoder, for a plan without alternatives', () => {
    const plan = examplePlan({
      probabilities: Float32Array.from([0.5, 0.25, 1, 0.125, 0.75, 0.5]),
    });
    expect(encodeTokenPlanBase64(plan)).toBe(V1_FILE);
    expect(decodeTokenPlanBase64(V1_FILE)).toEqual(plan);
  });

  it('lays the section out as documented: count, reserved, u16 ids (0xffff pads), f32 probabilities', () => {
    const bytes = v2();
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(180);
    expect(view.getUint16(6, true)).toBe(0b11);
    expect(view.getUint16(ALT_HEADER, true)).toBe(2);
    expect(view.getUint16(ALT_HEADER + 2, true)).toBe(0);
    expect(view.getUint16(ALT_IDS + 2 * 5, true)).toBe(0xffff);
    expect(view.getFloat32(ALT_PROBS + 4 * 4, true)).toBe(1);
    const decoded = decodeTokenPlan(bytes);
    expect(decoded.alternatives?.ids).toBeInstanceOf(Int32Array);
    expect(decoded.alternatives?.ids[5]).toBe(-1);
  });

  it('a 16×16 plan with probabilities and 5 alternatives is 580 + 1,028 + 4 + 2,560 + 5,120 bytes', () => {
    const plan = examplePlan({
      height: 16,
      width: 16,
      ids: new Uint16Array(256),
      probabilities: new Float32Array(256),
      alternatives: {
        count: 5,
        ids: new Int32Array(256 * 5),
        probabilities: new Float32Array(256 * 5),
      },
    });
    expect(encodeTokenPlan(plan).length).toBe(580 + 1024 + 4 + 2560 + 5120);
  });
});

describe('decodeTokenPlan rejects a bad version 2 plan', () => {
  it('the alternatives flag in a version 1 plan', () => {
    expectRejected(patched(4, 1, 0), 'unknown-flags', /0x0003 in a version 1 plan/);
  });

  it('an alternatives count of 0 or over 8', () => {
    expectRejected(patched(ALT_HEADER, 0, 0), 'bad-alternatives', /from 1 to 8, got 0/);
    expectRejected(patched(ALT_HEADER, 9, 0), 'bad-alternatives', /from 1 to 8, got 9/);
  });

  it('a count that does not match the section size', () => {
    expectRejected(patched(ALT_HEADER, 3, 0), 'truncated', /3 alternatives per token/);
    expectRejected(patched(ALT_HEADER, 1, 0), 'trailing-bytes', /1 alternatives per token/);
  });

  it('a non-zero reserved field', () => {
    expectRejected(patched(ALT_HEADER + 2, 1), 'bad-alternatives', /reserved field/);
  });

  it('input cut inside the alternatives', () => {
    const bytes = v2();
    for (const length of [ALT_HEADER, ALT_HEADER + 3, ALT_IDS + 5, ALT_PROBS, bytes.length - 1]) {
      expect(rejection(bytes.subarray(0, length)).code).toBe('truncated');
    }
  });

  it('an alternative id past the vocabulary, naming the token', () => {
    expectRejected(
      patched(ALT_IDS + 2 * 7, 0, 2),
      'id-out-of-range',
      /id 512 of alternative 1 of row 1, column 0/,
    );
  });

  it('padding with a probability, and a real alternative after padding', () => {
    const bytes = v2();
    new DataView(bytes.buffer).setFloat32(ALT_PROBS + 4 * 5, 0.5, true);
    expectRejected(bytes, 'bad-alternatives', /alternative 1 of row 0, column 2 is padding/);
    const after = v2();
    const view = new DataView(after.buffer);
    view.setUint16(ALT_IDS, 0xffff, true);
    view.setFloat32(ALT_PROBS, 0, true);
    expectRejected(after, 'bad-alternatives', /alternative 1 of row 0, column 0 follows padding/);
  });

  it('a NaN alternative probability', () => {
    const bytes = v2();
    new DataView(bytes.buffer).setFloat32(ALT_PROBS + 4 * 3, Number.NaN, true);
    expectRejected(bytes, 'bad-probability', /alternative 1 of row 0, column 1/);
  });

  it('a vocabulary of 65,536 (0xffff must stay free for padding)', () => {
    expectRejected(patched(16, 0, 0, 1, 0), 'bad-alternatives', /at most 65535 codes/);
  });
});

describe('encodeTokenPlan refuses alternatives it could not decode again', () => {
  const base = exampleV2Plan();
  const alternatives = base.alternatives!;
  it.each<[string, Partial<TokenPlan['alternatives'] & object>, TokenPlanErrorCode]>([
    ['a count of 9', { count: 9 }, 'bad-alternatives'],
    ['a fractional count', { count: 1.5 }, 'bad-alternatives'],
    ['ids of the wrong length', { ids: new Int32Array(11) }, 'shape-mismatch'],
    ['ids in a Uint16Array', { ids: new Uint16Array(12) as never }, 'shape-mismatch'],
    ['probabilities of the wrong length', { probabilities: new Float32Array(3) }, 'shape-mismatch'],
    ['an id below -1', { ids: Int32Array.from({ length: 12 }, () => -2) }, 'id-out-of-range'],
  ])('%s', (_name, override, code) => {
    const plan = { ...base, alternatives: { ...alternatives, ...override } };
    expect(() => encodeTokenPlan(plan)).toThrow(expect.objectContaining({ code }));
  });

  it('alternatives with a 65,536-code vocabulary', () => {
    const plan = { ...base, codebook: { ...base.codebook, vocabSize: 65536 } };
    expect(() => encodeTokenPlan(plan)).toThrow(/at most 65535 codes/);
  });
});

describe('decodeTokenPlan on corrupted version 1 and 2 bytes', () => {
  const corruption = fc.array(
    fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    { minLength: 1, maxLength: 6 },
  );

  it('throws nothing but TokenPlanFormatError, and what it accepts re-encodes the same', () => {
    fc.assert(
      fc.property(arbitraryPlanAnyVersion, corruption, fc.nat(), (plan, edits, cut) => {
        const bytes = encodeTokenPlan(plan);
        for (const { at, value } of edits) bytes[at % bytes.length] = value;
        const input = cut % 4 === 0 ? bytes.subarray(0, cut % (bytes.length + 1)) : bytes;
        try {
          const decoded = decodeTokenPlan(input);
          const again = encodeTokenPlan(decoded);
          // A version 2 plan without alternatives is read, and written back as version 1.
          const normalized = input.slice();
          normalized[4] = again[4] ?? 0;
          expect(again).toEqual(normalized);
        } catch (error) {
          expect(error).toBeInstanceOf(TokenPlanFormatError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
