import { describe, expect, it } from 'vitest';
import { mergeLineBoxes } from './merge-boxes.ts';

const det = (x: number, y: number, width: number, height: number, score = 0.9) => ({
  box: { x, y, width, height },
  score,
});

describe('mergeLineBoxes', () => {
  it('joins the words of one line whose gap is small', () => {
    const merged = mergeLineBoxes([det(300, 102, 200, 80, 0.7), det(10, 100, 250, 84, 0.9)], 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.box).toEqual({ x: 10, y: 100, width: 490, height: 84 });
    const expectedScore = (0.7 * 200 * 80 + 0.9 * 250 * 84) / (200 * 80 + 250 * 84);
    expect(merged[0]?.score).toBeCloseTo(expectedScore, 10);
  });

  it('keeps far-apart boxes, other lines and very different heights separate', () => {
    const boxes = [
      det(0, 0, 100, 20),
      det(200, 0, 100, 20),
      det(0, 40, 100, 20),
      det(110, 0, 30, 60),
    ];
    expect(mergeLineBoxes(boxes, 1)).toHaveLength(4);
  });

  it('drops a small fragment inside a joined line', () => {
    const boxes = [det(0, 0, 100, 40), det(130, 0, 100, 40), det(105, 10, 8, 15)];
    const merged = mergeLineBoxes(boxes, 1);
    expect(merged.map((m) => m.box)).toEqual([{ x: 0, y: 0, width: 230, height: 40 }]);
  });

  it('returns the boxes unchanged when merging is off', () => {
    const boxes = [det(0, 0, 100, 40), det(110, 0, 100, 40)];
    expect(mergeLineBoxes(boxes, 0)).toEqual(boxes);
  });
});
