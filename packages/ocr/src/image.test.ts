import { describe, expect, it } from 'vitest';
import { clampBox, cropRgb, expandBox, toRgb } from './image.ts';

describe('toRgb', () => {
  it('drops alpha from RGBA input', () => {
    const rgba = new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 0]);
    const rgb = toRgb({ data: rgba, width: 2, height: 1 });
    expect([...rgb.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('passes RGB input through without copying', () => {
    const data = new Uint8Array([9, 8, 7, 6, 5, 4]);
    const rgb = toRgb({ data, width: 1, height: 2 });
    expect(rgb.data.buffer).toBe(data.buffer);
    expect([...rgb.data]).toEqual([9, 8, 7, 6, 5, 4]);
  });

  it('honours an explicit channel count', () => {
    // 4 pixels × 3 = 12 bytes = 3 pixels × 4: only `channels` can tell.
    const data = new Uint8Array(12).fill(7);
    expect(toRgb({ data, width: 4, height: 1, channels: 3 }).width).toBe(4);
    expect(() => toRgb({ data, width: 4, height: 1, channels: 4 })).toThrow(/needs 16/);
  });

  it('rejects bad sizes and data lengths', () => {
    expect(() => toRgb({ data: new Uint8Array(0), width: 0, height: 1 })).toThrow(RangeError);
    expect(() => toRgb({ data: new Uint8Array(5), width: 1, height: 1 })).toThrow(/neither RGB/);
  });
});

describe('boxes and crops', () => {
  it('clamps a box to the image and rounds outwards', () => {
    expect(clampBox({ x: -3.5, y: 1.2, width: 10, height: 3 }, 5, 4)).toEqual({
      x: 0,
      y: 1,
      width: 5,
      height: 3,
    });
    expect(clampBox({ x: 6, y: 0, width: 2, height: 2 }, 5, 4)).toBeNull();
  });

  it('expands a box by a fraction of its height on every side', () => {
    expect(expandBox({ x: 10, y: 10, width: 40, height: 20 }, 0.25)).toEqual({
      x: 5,
      y: 5,
      width: 50,
      height: 30,
    });
    expect(expandBox({ x: 1, y: 2, width: 3, height: 4 }, -1)).toEqual({
      x: 1,
      y: 2,
      width: 3,
      height: 4,
    });
  });

  it('crops a region of an RGB image', () => {
    const data = new Uint8Array(3 * 3 * 3).map((_, i) => i);
    const crop = cropRgb({ data, width: 3, height: 3 }, { x: 1, y: 1, width: 2, height: 1 });
    expect(crop.width).toBe(2);
    expect([...crop.data]).toEqual([12, 13, 14, 15, 16, 17]);
  });
});

describe('cropRgb with padding', () => {
  it('repeats the edge pixels of the region into the padding', () => {
    // 2×2 image: pixels 0, 1 / 2, 3 (each pixel's three bytes hold its index).
    const data = new Uint8Array([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
    const crop = cropRgb({ data, width: 2, height: 2 }, { x: 0, y: 0, width: 2, height: 2 }, 1, 1);
    expect(crop.width).toBe(4);
    expect(crop.height).toBe(4);
    const firstChannel = [...crop.data].filter((_, i) => i % 3 === 0);
    expect(firstChannel).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 2, 3, 3]);
  });
});
