import { describe, expect, it } from 'vitest';
import { findComponents } from './components.ts';

function mask(rows: string[]): { data: Uint8Array; width: number; height: number } {
  const width = rows[0]?.length ?? 0;
  const data = new Uint8Array(
    rows
      .join('')
      .split('')
      .map((c) => (c === '#' ? 1 : 0)),
  );
  return { data, width, height: rows.length };
}

describe('findComponents', () => {
  it('finds separate regions with their bounding boxes', () => {
    const m = mask(['##....', '##..##', '....##', '......']);
    expect(findComponents(m.data, m.width, m.height)).toEqual([
      { minX: 0, minY: 0, maxX: 1, maxY: 1, pixels: 4 },
      { minX: 4, minY: 1, maxX: 5, maxY: 2, pixels: 4 },
    ]);
  });

  it('joins diagonal neighbours (8-connectivity)', () => {
    const m = mask(['#...', '.#..', '..#.']);
    expect(findComponents(m.data, m.width, m.height)).toHaveLength(1);
  });

  it('returns nothing for an empty mask and rejects a wrong size', () => {
    expect(findComponents(new Uint8Array(12), 4, 3)).toEqual([]);
    expect(() => findComponents(new Uint8Array(5), 2, 2)).toThrow(RangeError);
  });
});
