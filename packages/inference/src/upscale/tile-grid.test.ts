import { describe, expect, it } from 'vitest';
import { planTiles, type Rect } from './tile-grid.ts';

function area(rects: readonly Rect[]): number {
  return rects.reduce((sum, r) => sum + r.width * r.height, 0);
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('planTiles', () => {
  it('one tile when the image fits, with no context to add', () => {
    expect(planTiles(64, 40, 64, 16)).toEqual([
      {
        core: { x: 0, y: 0, width: 64, height: 40 },
        context: { x: 0, y: 0, width: 64, height: 40 },
      },
    ]);
  });

  it.each([
    [96, 96, 48, 16, 4],
    [70, 53, 48, 16, 4],
    [257, 100, 128, 16, 3],
    [5, 300, 7, 0, 43],
  ])('%i×%i in tiles of %i (+%i): cores partition the image', (w, h, size, overlap, count) => {
    const tiles = planTiles(w, h, size, overlap);
    expect(tiles).toHaveLength(count);
    const cores = tiles.map((t) => t.core);
    expect(area(cores)).toBe(w * h);
    const covered = new Uint8Array(w * h);
    for (const { x, y, width, height } of cores) {
      expect(Math.max(width, height)).toBeLessThanOrEqual(size);
      for (let row = y; row < y + height; row++) covered.fill(1, row * w + x, row * w + x + width);
    }
    expect(covered.every((c) => c === 1)).toBe(true);
  });

  it('adds the overlap as context inside the image only', () => {
    const image = { x: 0, y: 0, width: 70, height: 53 };
    for (const { core, context } of planTiles(70, 53, 48, 16)) {
      expect(inside(core, context)).toBe(true);
      expect(inside(context, image)).toBe(true);
      expect(core.x - context.x).toBe(Math.min(16, core.x));
      expect(context.x + context.width - core.x - core.width).toBe(
        Math.min(16, 70 - core.x - core.width),
      );
    }
  });

  it('splits evenly rather than leaving a sliver', () => {
    const widths = planTiles(130, 10, 128, 0).map((t) => t.core.width);
    expect(widths).toEqual([65, 65]);
  });

  it.each([
    [0, 10, 8, 0],
    [10, 10, 0, 0],
    [10, 10, 8, -1],
    [10.5, 10, 8, 0],
  ])('rejects %i×%i, tile %i, overlap %i', (w, h, size, overlap) => {
    expect(() => planTiles(w, h, size, overlap)).toThrow(RangeError);
  });
});
