import { describe, expect, it } from 'vitest';
import { examplePlan } from '../testing/token-plan-arbitrary.ts';
import { decodeTokenPlan, type DecodeTokenPlanOptions } from './decode-token-plan.ts';
import { encodeTokenPlan } from './encode-token-plan.ts';
import { decodeTokenPlanBase64 } from './token-plan-base64.ts';
import { TokenPlanFormatError, type TokenPlanErrorCode } from './token-plan-error.ts';

const IDS = 68; // header size of examplePlan()
const valid = (): Uint8Array => encodeTokenPlan(examplePlan());

function rejection(bytes: Uint8Array, options?: DecodeTokenPlanOptions): TokenPlanFormatError {
  try {
    decodeTokenPlan(bytes, options);
  } catch (error) {
    if (error instanceof TokenPlanFormatError) return error;
    throw error;
  }
  throw new Error('decoded without complaint');
}

function patched(offset: number, ...values: number[]): Uint8Array {
  const bytes = valid();
  bytes.set(values, offset);
  return bytes;
}

function expectRejected(bytes: Uint8Array, code: TokenPlanErrorCode, message: RegExp): void {
  const error = rejection(bytes);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

describe('decodeTokenPlan rejects', () => {
  it('a wrong magic', () => {
    expectRejected(patched(0, 0x89, 0x50, 0x4e, 0x47), 'bad-magic', /does not start with "TPLN"/);
  });

  it('a newer format version, saying so', () => {
    expectRejected(patched(4, 3, 0), 'unsupported-version', /version 3 is newer than this reader/);
  });

  it('version 0', () => {
    expectRejected(patched(4, 0, 0), 'unsupported-version', /unknown format version 0/);
  });

  it('flags it does not know', () => {
    expectRejected(patched(6, 4, 0), 'unknown-flags', /0x0004/);
  });

  it('input cut anywhere', () => {
    const bytes = valid();
    for (const length of [0, 3, 20, 52, 60, IDS, bytes.length - 1]) {
      expect(rejection(bytes.subarray(0, length)).code).toBe('truncated');
    }
  });

  it('bytes past the end', () => {
    const bytes = new Uint8Array(valid().length + 2);
    bytes.set(valid());
    expectRejected(bytes, 'trailing-bytes', /2 bytes after the 6 ids \(2×3\)/);
  });

  it('a height and width whose product does not match the ids', () => {
    // 3×3 claims 9 ids where 6 are stored
    expectRejected(patched(8, 3, 0), 'truncated', /9 ids \(3×3\)/);
    // 1×3 claims 3 ids where 6 are stored
    expectRejected(patched(8, 1, 0), 'trailing-bytes', /after the 3 ids \(1×3\)/);
  });

  it('a zero side', () => {
    expectRejected(patched(10, 0, 0), 'invalid-header', /width must be an integer from 1/);
  });

  it('a vocabulary larger than u16 ids allow', () => {
    expectRejected(patched(16, 1, 0, 1, 0), 'invalid-header', /vocabulary size/);
  });

  it('an id at or past the vocabulary size, naming where', () => {
    expectRejected(patched(IDS + 8, 0, 2), 'id-out-of-range', /id 512 at row 1, column 1 .* 512/);
  });

  it('a model id with a space or control character', () => {
    expectRejected(patched(53, 0x20), 'invalid-header', /model id/);
  });

  it('non-zero padding', () => {
    expectRejected(patched(65, 1), 'invalid-header', /padding byte at offset 65/);
  });

  it('NaN and out-of-range probabilities', () => {
    const withProbabilities = examplePlan({ probabilities: new Float32Array(6).fill(0.5) });
    for (const bad of [Number.NaN, 1.5, -0.25, Number.POSITIVE_INFINITY]) {
      const bytes = encodeTokenPlan(withProbabilities);
      new DataView(bytes.buffer).setFloat32(bytes.length - 4, bad, true);
      expectRejected(bytes, 'bad-probability', /index 5 is not a number in \[0, 1\]/);
    }
  });

  it('a plan of another codebook than expected, listing each difference', () => {
    const error = rejection(valid(), {
      expect: { codebookHash: 'ff'.repeat(32), vocabSize: 1024, grid: 16 },
    });
    expect(error.code).toBe('codebook-mismatch');
    expect(error.message).toMatch(/codebookHash is 06a3f8.*expected ffff/);
    expect(error.message).toMatch(/vocabSize is 512, expected 1024/);
    expect(error.message).not.toMatch(/grid/);
  });

  it('bad base64', () => {
    for (const text of ['VFBMTg', 'VFBM Tg==', 'VFBMTh==', 'VF*MTg==']) {
      expect(() => decodeTokenPlanBase64(text)).toThrow(TokenPlanFormatError);
    }
  });
});
