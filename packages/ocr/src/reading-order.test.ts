import { describe, expect, it } from 'vitest';
import { sortReadingOrder } from './reading-order.ts';

const at = (name: string, x: number, y: number, height = 20) => ({
  name,
  box: { x, y, width: 50, height },
});

describe('sortReadingOrder', () => {
  it('sorts rows top-to-bottom and each row left-to-right', () => {
    const items = [at('d', 10, 100), at('b', 200, 12), at('a', 10, 10), at('c', 100, 8)];
    expect(sortReadingOrder(items).map((i) => i.name)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('does not put boxes that barely overlap vertically in one row', () => {
    const items = [at('low', 0, 17), at('high', 100, 0)];
    expect(sortReadingOrder(items).map((i) => i.name)).toEqual(['high', 'low']);
  });

  it('returns an empty list for no items', () => {
    expect(sortReadingOrder([])).toEqual([]);
  });
});
