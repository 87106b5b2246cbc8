import { describe, expect, it } from 'vitest';
import type { RgbImage } from './image.ts';
import { findWordGaps } from './word-gaps.ts';

type Rgb = readonly [number, number, number];

/** A `width`×40 image of `background` with full-height bars of `ink` at the given columns. */
function line(width: number, bars: readonly [number, number][], ink: Rgb, background: Rgb) {
  const height = 40;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inked = y >= 10 && y < 30 && bars.some(([a, b]) => x >= a && x < b);
      data.set(inked ? ink : background, (y * width + x) * 3);
    }
  }
  return { data, width, height } satisfies RgbImage;
}

const WHITE: Rgb = [245, 245, 245];
const PURPLE: Rgb = [130, 60, 170];

describe('findWordGaps', () => {
  // Ink 20 px high: letters 4 px apart, one word gap of 12 px (0.6 of the ink's height).
  const letters: [number, number][] = [
    [10, 20],
    [24, 34],
    [46, 56],
    [60, 70],
  ];

  it('finds the gap between words, not the gaps between letters', () => {
    expect(findWordGaps(line(80, letters, WHITE, PURPLE), 0.4)).toEqual([{ start: 34, end: 46 }]);
  });

  it('works for dark ink on a light background too', () => {
    expect(findWordGaps(line(80, letters, [20, 20, 20], WHITE), 0.4)).toEqual([
      { start: 34, end: 46 },
    ]);
  });

  it('takes a narrower gap only with a smaller ratio', () => {
    expect(findWordGaps(line(80, letters, WHITE, PURPLE), 0.7)).toEqual([]);
    expect(findWordGaps(line(80, letters, WHITE, PURPLE), 0.15)).toHaveLength(3);
  });

  it('sees through a speck left in the gap', () => {
    const image = line(80, letters, WHITE, PURPLE);
    image.data.set(WHITE, (20 * 80 + 40) * 3);
    expect(findWordGaps(image, 0.4)).toEqual([{ start: 34, end: 46 }]);
  });

  it('finds nothing without contrast or ink', () => {
    expect(findWordGaps(line(80, letters, [140, 70, 180], PURPLE), 0.4)).toEqual([]);
    expect(findWordGaps(line(80, [], WHITE, PURPLE), 0.4)).toEqual([]);
    expect(findWordGaps(line(80, letters, WHITE, PURPLE), 0)).toEqual([]);
  });
});
