import { describe, expect, it } from 'vitest';
import { ctcGreedyDecode, ctcGreedyDecodeAligned } from './ctc-decode.ts';
import { buildAlphabet } from './dictionary.ts';

const alphabet = buildAlphabet('A\nB', 4); // ['', 'A', 'B', ' ']

/** One row per step: the arg-max class gets `p`, the rest share what is left. */
function steps(rows: [number, number][]): Float32Array {
  const out = new Float32Array(rows.length * 4);
  rows.forEach(([cls, p], t) => {
    for (let k = 0; k < 4; k++) out[t * 4 + k] = k === cls ? p : (1 - p) / 3;
  });
  return out;
}

describe('ctcGreedyDecode', () => {
  it('merges repeats, drops blanks and keeps repeats split by a blank', () => {
    const probs = steps([
      [1, 0.9],
      [1, 0.8],
      [0, 0.9],
      [1, 0.7],
      [3, 0.6],
      [2, 0.5],
      [0, 0.99],
    ]);
    const result = ctcGreedyDecode(probs, 7, 4, alphabet);
    expect(result.text).toBe('AA B');
    // Kept steps: the first of each run: 0.9, 0.7, 0.6, 0.5.
    expect(result.confidence).toBeCloseTo((0.9 + 0.7 + 0.6 + 0.5) / 4, 6);
  });

  it('gives an empty text with zero confidence for all blanks', () => {
    expect(ctcGreedyDecode(steps([[0, 0.9]]), 1, 4, alphabet)).toEqual({ text: '', confidence: 0 });
  });

  it('rejects a class count that does not match the alphabet', () => {
    expect(() => ctcGreedyDecode(new Float32Array(5), 1, 5, alphabet)).toThrow(/5 classes/);
    expect(() => ctcGreedyDecode(new Float32Array(3), 1, 4, alphabet)).toThrow(/expected 4/);
  });

  it('says at which step each character was read', () => {
    const probs = steps([
      [0, 0.9],
      [1, 0.9],
      [1, 0.8],
      [0, 0.9],
      [0, 0.9],
      [2, 0.7],
    ]);
    const result = ctcGreedyDecodeAligned(probs, 6, 4, alphabet);
    expect(result.text).toBe('AB');
    expect(result.steps).toEqual([1, 5]);
  });
});
