import { describe, expect, it } from 'vitest';
import { resizeBilinear } from './resize.ts';

describe('resizeBilinear', () => {
  it('returns the same pixels at the same size', () => {
    const data = new Uint8Array([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    const out = resizeBilinear({ data, width: 2, height: 2 }, 2, 2);
    expect([...out]).toEqual([...data]);
  });

  it('averages neighbours when halving, with pixel-centre alignment', () => {
    const data = new Uint8Array([0, 0, 0, 100, 200, 250]);
    const out = resizeBilinear({ data, width: 2, height: 1 }, 1, 1);
    expect([...out]).toEqual([50, 100, 125]);
  });

  it('keeps a constant image constant when enlarging', () => {
    const data = new Uint8Array(3 * 3 * 3).fill(77);
    const out = resizeBilinear({ data, width: 3, height: 3 }, 7, 5);
    expect(out.length).toBe(7 * 5 * 3);
    expect(out.every((v) => Math.abs(v - 77) < 1e-4)).toBe(true);
  });

  it('rejects an empty target', () => {
    const data = new Uint8Array(3);
    expect(() => resizeBilinear({ data, width: 1, height: 1 }, 0, 1)).toThrow(RangeError);
  });
});
