import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLockMask, encodeLockMask } from './lock-mask.ts';

describe('lock masks', () => {
  it('write a 16×16 mask as 64 hex digits, 4 per row, column 0 in the high bit', () => {
    const topHalf = Uint8Array.from({ length: 256 }, (_, i) => (i < 128 ? 1 : 0));
    expect(encodeLockMask(topHalf, 16, 16)).toBe('ffff'.repeat(8) + '0000'.repeat(8));
    const cell = new Uint8Array(256);
    cell[16 * 2 + 0] = 1; // row 2, column 0
    cell[16 * 2 + 5] = 1; // row 2, column 5
    expect(encodeLockMask(cell, 16, 16).slice(8, 12)).toBe('8400');
  });

  it('round-trip any mask of any size; the empty string locks nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.infiniteStream(fc.boolean()),
        (h, w, bits) => {
          const mask = Uint8Array.from(bits.take(h * w), (b) => (b ? 1 : 0));
          expect(decodeLockMask(encodeLockMask(mask, h, w), h, w)).toEqual(mask);
        },
      ),
    );
    expect(decodeLockMask('', 16, 16)).toEqual(new Uint8Array(256));
    expect(decodeLockMask('FFFF'.repeat(16), 16, 16).every((v) => v === 1)).toBe(true);
  });

  it('refuse a wrong length, a non-hex character and bits past the last column, saying which', () => {
    expect(() => decodeLockMask('ffff', 16, 16)).toThrow(/64 hex digits \(4 per row\), got 4/);
    expect(() => decodeLockMask('g'.repeat(64), 16, 16)).toThrow(/"g" at 0 is not hex/);
    expect(() => decodeLockMask('f', 1, 3)).toThrow(/row 0 sets a bit past column 2/);
    expect(() => encodeLockMask([1, 0], 2, 2)).toThrow(/has 4 cells, got 2/);
  });
});
