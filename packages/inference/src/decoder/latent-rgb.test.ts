import { describe, expect, it } from 'vitest';
import { planarToRgb, previewRgb, toByte } from './latent-rgb.ts';

describe('toByte', () => {
  it('maps [-1, 1] onto [0, 255] and clamps outside', () => {
    expect([-1, 1, -7, 3, 0].map(toByte)).toEqual([0, 255, 0, 255, 128]);
    expect(toByte(Number.NaN)).toBe(128);
  });

  it('computes in float32 and rounds half to even, like the recipe’s torch.round', () => {
    expect(toByte(0)).toBe(128); // 127.5 exactly: the even neighbour
    expect(toByte(-1e-9)).toBe(128); // float32: -1e-9 + 1 == 1
    expect(toByte(-1e-3)).toBe(127);
    expect(toByte(Math.fround(-1 + 2 / 255))).toBe(1);
  });
});

describe('planarToRgb', () => {
  it('interleaves the three planes pixel by pixel', () => {
    // 2×2: R plane all -1, G plane 0..3 ramps, B plane all 1.
    const planes = Float32Array.from([-1, -1, -1, -1, -1, -1 / 3, 1 / 3, 1, 1, 1, 1, 1]);
    const img = planarToRgb(planes, 2);
    expect(img).toMatchObject({ width: 2, height: 2, channels: 3 });
    expect(Array.from(img.data)).toEqual([0, 0, 255, 0, 85, 255, 0, 170, 255, 0, 255, 255]);
  });
});

describe('previewRgb', () => {
  it('shows x − t·v, box-averaged to the preview size', () => {
    const side = 4;
    const x = new Float32Array(3 * 16).fill(0.5);
    const v = new Float32Array(3 * 16);
    v.fill(1, 0, 16); // red plane
    const full = previewRgb(x, v, 0.5, side, 4);
    expect(Array.from(full.data.subarray(0, 3))).toEqual([128, toByte(0.5), toByte(0.5)]);
    const small = previewRgb(x, v, 0.5, side, 2);
    expect(small.width).toBe(2);
    expect(Array.from(small.data)).toEqual(Array.from(full.data.subarray(0, 12)));
    expect(() => previewRgb(x, v, 0, side, 3)).toThrow(/divide/);
  });
});
