import { describe, expect, it } from 'vitest';
import {
  gridsNest,
  highlightAttribute,
  layoutCellOf,
  nestingFactor,
  rectCorners,
  regionUnder,
} from './plan-alignment.ts';

const layout = { width: 16, height: 16 };
const fine32 = { width: 32, height: 32 };
const fine64 = { width: 64, height: 64 };

describe('aligning a layout plan with its fine plan', () => {
  it('knows how many fine cells a layout cell spans per side', () => {
    expect(nestingFactor(layout, fine32)).toBe(2);
    expect(nestingFactor(layout, fine64)).toBe(4);
    expect(nestingFactor(layout, layout)).toBe(1);
  });

  it('refuses grids that do not nest', () => {
    expect(nestingFactor(fine32, layout)).toBeNull();
    expect(nestingFactor(layout, { width: 24, height: 24 })).toBeNull();
    expect(nestingFactor(layout, { width: 32, height: 64 })).toBeNull();
    expect(gridsNest(layout, { width: 40, height: 40 })).toBe(false);
    expect(gridsNest(fine64, layout)).toBe(true);
  });

  it('maps a layout cell to the block of fine cells at the same place', () => {
    // Row 2, column 3 of the layout grid.
    const cell = 2 * 16 + 3;
    expect(regionUnder(cell, layout, fine32)).toEqual({ x: 6, y: 4, width: 2, height: 2 });
    expect(regionUnder(cell, layout, fine64)).toEqual({ x: 12, y: 8, width: 4, height: 4 });
    expect(regionUnder(255, layout, fine64)).toEqual({ x: 60, y: 60, width: 4, height: 4 });
  });

  it('maps a fine cell back to the layout cell it lies in', () => {
    // Every fine cell of the block under a layout cell maps back to that layout cell.
    for (const fine of [fine32, fine64])
      for (const cell of [0, 17, 2 * 16 + 3, 255]) {
        const r = regionUnder(cell, layout, fine);
        if (!r) throw new Error('no region');
        for (let y = r.y; y < r.y + r.height; y++)
          for (let x = r.x; x < r.x + r.width; x++)
            expect(layoutCellOf(y * fine.width + x, fine, layout)).toBe(cell);
      }
    expect(regionUnder(5 * 64 + 9, fine64, layout)).toEqual({ x: 2, y: 1, width: 1, height: 1 });
  });

  it('answers null outside the grid or for grids that do not nest', () => {
    expect(regionUnder(-1, layout, fine32)).toBeNull();
    expect(regionUnder(256, layout, fine32)).toBeNull();
    expect(regionUnder(0, layout, { width: 20, height: 20 })).toBeNull();
    expect(layoutCellOf(1024, fine32, layout)).toBeNull();
    expect(layoutCellOf(0, layout, fine32)).toBeNull();
  });

  it('writes a rectangle as inclusive corners', () => {
    expect(rectCorners({ x: 6, y: 4, width: 2, height: 2 })).toBe('6,4,7,5');
    expect(rectCorners({ x: 3, y: 2, width: 1, height: 1 })).toBe('3,2,3,2');
  });

  it('names the outlined block after the grid it is drawn on', () => {
    expect(highlightAttribute(fine32, layout)).toBe('data-fine-highlight');
    expect(highlightAttribute(layout, fine64)).toBe('data-layout-highlight');
  });
});
