import { describe, expect, it } from 'vitest';
import { boxesFromProbabilityMap, DB_DEFAULTS, unclip } from './db-postprocess.ts';

function mapWith(
  width: number,
  height: number,
  rects: { x: number; y: number; w: number; h: number; p: number }[],
): { data: Float32Array; width: number; height: number } {
  const data = new Float32Array(width * height);
  for (const r of rects) {
    for (let y = r.y; y < r.y + r.h; y++) data.fill(r.p, y * width + r.x, y * width + r.x + r.w);
  }
  return { data, width, height };
}

describe('unclip', () => {
  it('grows each side by area × ratio / perimeter', () => {
    // 40×10: area 400, perimeter 100, ratio 1.5 -> 6 on each side.
    expect(unclip({ x: 10, y: 20, width: 40, height: 10 }, { unclipRatio: 1.5 })).toEqual({
      x: 4,
      y: 14,
      width: 52,
      height: 22,
    });
  });
});

describe('boxesFromProbabilityMap', () => {
  it('boxes a confident region, grows it and maps it back to the source size', () => {
    const map = mapWith(64, 32, [{ x: 10, y: 10, w: 40, h: 10, p: 0.9 }]);
    const boxes = boxesFromProbabilityMap(map, 128, 64);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.score).toBeCloseTo(0.9, 5);
    // Map box 4..56 × 4..26, scaled ×2.
    expect(boxes[0]?.box).toEqual({ x: 8, y: 8, width: 104, height: 44 });
  });

  it('drops regions below the box threshold and slivers', () => {
    const map = mapWith(64, 32, [
      { x: 2, y: 2, w: 20, h: 8, p: 0.5 },
      { x: 30, y: 2, w: 20, h: 2, p: 0.99 },
    ]);
    expect(boxesFromProbabilityMap(map, 64, 32)).toEqual([]);
    const lenient = { ...DB_DEFAULTS, boxThreshold: 0.4 };
    expect(boxesFromProbabilityMap(map, 64, 32, lenient)).toHaveLength(1);
  });

  it('clamps grown boxes to the image', () => {
    const map = mapWith(32, 32, [{ x: 0, y: 0, w: 20, h: 6, p: 0.95 }]);
    const [box] = boxesFromProbabilityMap(map, 32, 32);
    expect(box?.box.x).toBe(0);
    expect(box?.box.y).toBe(0);
  });

  it('keeps only the largest candidates', () => {
    const map = mapWith(64, 64, [
      { x: 2, y: 2, w: 30, h: 8, p: 0.9 },
      { x: 2, y: 30, w: 10, h: 8, p: 0.9 },
    ]);
    const boxes = boxesFromProbabilityMap(map, 64, 64, { ...DB_DEFAULTS, maxCandidates: 1 });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.box.width).toBeGreaterThan(30);
  });
});
