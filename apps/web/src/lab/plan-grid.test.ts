import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  copyRect,
  countDifferences,
  paintCells,
  pasteClip,
  rectBetween,
} from './plan-grid.ts';

const grid = (w: number, h: number) => Uint16Array.from({ length: w * h }, (_, i) => i);

describe('plan grid edits', () => {
  it('spans a rectangle from either corner, clipped to the grid', () => {
    expect(rectBetween({ x: 3, y: 2 }, { x: 1, y: 0 }, 4, 4)).toEqual({
      x: 1,
      y: 0,
      width: 3,
      height: 3,
    });
    expect(rectBetween({ x: 2, y: 2 }, { x: 9, y: 9 }, 4, 4)).toEqual({
      x: 2,
      y: 2,
      width: 2,
      height: 2,
    });
    expect(cellsOf({ x: 1, y: 1, width: 2, height: 2 }, 4)).toEqual([5, 6, 9, 10]);
  });

  it('paints cells without touching the input, and answers the same array for a no-op', () => {
    const ids = grid(4, 4);
    const painted = paintCells(ids, [0, 5], 42);
    expect([painted[0], painted[5], painted[1]]).toEqual([42, 42, 1]);
    expect(ids[0]).toBe(0);
    expect(paintCells(painted, [0, 5], 42)).toBe(painted);
  });

  it('copies a block and pastes it elsewhere, dropping what falls off the grid', () => {
    const ids = grid(4, 4);
    const clip = copyRect(ids, 4, { x: 0, y: 0, width: 2, height: 2 });
    expect([...clip.ids]).toEqual([0, 1, 4, 5]);
    const pasted = pasteClip(ids, 4, 4, clip, 3, 3);
    expect(pasted[15]).toBe(0);
    expect(countDifferences(ids, pasted)).toBe(1);
    const middle = pasteClip(ids, 4, 4, clip, 1, 1);
    expect([middle[5], middle[6], middle[9], middle[10]]).toEqual([0, 1, 4, 5]);
  });

  it('counts differing cells only between grids of one size', () => {
    expect(countDifferences(grid(2, 2), grid(2, 2))).toBe(0);
    expect(countDifferences(grid(2, 2), grid(3, 3))).toBeNull();
  });
});
