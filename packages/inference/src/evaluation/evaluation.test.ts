import { describe, expect, it } from 'vitest';
import { dominantPaletteColour, layoutHits } from './layout-score.ts';
import { headlineReadBack, headlineReadInBox, normaliseHeadline } from './text-match.ts';

const palette = { red: [220, 40, 40], white: [245, 245, 245], navy: [20, 35, 90] } as const;

function solid(width: number, height: number, rgb: readonly [number, number, number]) {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i += 3) data.set(rgb, i);
  return { width, height, data };
}

describe('layout scoring', () => {
  it('finds the nearest palette colour that covers most of a box', () => {
    const image = solid(16, 16, [30, 40, 95]);
    for (let y = 0; y < 16; y++)
      for (let x = 0; x < 6; x++) image.data.set([230, 50, 40], (y * 16 + x) * 3);
    expect(dominantPaletteColour(image, [0, 0, 16, 16], palette)).toBe('navy');
    expect(dominantPaletteColour(image, [0, 0, 6, 16], palette)).toBe('red');
  });

  it('scores each block of a prompt', () => {
    const image = solid(16, 16, [245, 245, 240]);
    const prompt = {
      id: 'p',
      prompt: '',
      headline: {
        text: 'X',
        zone: 'top',
        ink_box: [0, 0, 1, 1] as [number, number, number, number],
      },
      blocks: [
        {
          color: 'white',
          zone: 'top left',
          center_box: [0, 0, 8, 8] as [number, number, number, number],
        },
        {
          color: 'red',
          zone: 'top right',
          center_box: [8, 0, 16, 8] as [number, number, number, number],
        },
      ],
    };
    expect(layoutHits(image, prompt, palette)).toEqual([true, false]);
  });
});

describe('headline matching', () => {
  const box = { x: 40, y: 40, width: 100, height: 40 };
  it('ignores case and extra whitespace, but not missing spaces', () => {
    expect(normaliseHeadline(' Sale  50 ')).toBe('SALE 50');
    expect(headlineReadBack([{ text: 'SALE50', box }], 'SALE 50', [0, 0, 10, 10], 4)).toBe(false);
    expect(headlineReadBack([{ text: 'sale 50', box }], 'SALE 50', [0, 0, 10, 10], 4)).toBe(true);
    expect(
      headlineReadBack([{ text: 'SALE50', box }], 'SALE 50', [0, 0, 10, 10], 4, 12, 'remove'),
    ).toBe(true);
    expect(
      headlineReadBack([{ text: 'SALE5O', box }], 'SALE 50', [0, 0, 10, 10], 4, 12, 'remove'),
    ).toBe(false);
  });

  it('joins the words read inside the headline box, left to right', () => {
    const lines = [
      { text: 'CITY', box: { x: 300, y: 40, width: 100, height: 40 } },
      { text: 'BIKE', box: { x: 100, y: 40, width: 100, height: 40 } },
      { text: 'NOISE', box: { x: 100, y: 900, width: 100, height: 40 } },
    ];
    expect(headlineReadBack(lines, 'BIKE CITY', [20, 5, 110, 25], 4)).toBe(true);
    expect(headlineReadBack(lines, 'BIKE CITY', [20, 200, 110, 240], 4)).toBe(false);
    expect(headlineReadInBox(lines, 'BIKE CITY', [20, 5, 110, 25], 4)).toBe(true);
    const elsewhere = [{ text: 'BIKE CITY', box: { x: 100, y: 900, width: 200, height: 40 } }];
    expect(headlineReadBack(elsewhere, 'BIKE CITY', [20, 5, 110, 25], 4)).toBe(true);
    expect(headlineReadInBox(elsewhere, 'BIKE CITY', [20, 5, 110, 25], 4)).toBe(false);
  });

  it('does not accept a near miss', () => {
    expect(headlineReadBack([{ text: 'TAC0S', box }], 'TACOS', [0, 0, 64, 64], 4)).toBe(false);
  });
});
