import { describe, expect, it } from 'vitest';
import { detectInputSize, prepareDetectInput } from './detect-input.ts';

describe('detectInputSize', () => {
  it('keeps small images at their size rounded to multiples of 32', () => {
    expect(detectInputSize(256, 256, 960)).toEqual({ width: 256, height: 256 });
    expect(detectInputSize(300, 100, 960)).toEqual({ width: 288, height: 96 });
    expect(detectInputSize(10, 5, 960)).toEqual({ width: 32, height: 32 });
  });

  it('scales the longer side down to the limit, keeping the aspect', () => {
    expect(detectInputSize(1024, 1024, 960)).toEqual({ width: 960, height: 960 });
    expect(detectInputSize(2000, 1000, 960)).toEqual({ width: 960, height: 480 });
  });
});

describe('prepareDetectInput', () => {
  it('normalises with ImageNet statistics in BGR channel order', () => {
    const data = new Uint8Array(32 * 32 * 3);
    for (let i = 0; i < 32 * 32; i++) data.set([255, 0, 51], i * 3); // R=255, G=0, B=51
    const input = prepareDetectInput({ data, width: 32, height: 32 }, 960);
    const plane = 32 * 32;
    expect(input.data.length).toBe(3 * plane);
    expect(input.data[0]).toBeCloseTo((0.2 - 0.485) / 0.229, 5); // B
    expect(input.data[plane]).toBeCloseTo((0 - 0.456) / 0.224, 5); // G
    expect(input.data[2 * plane]).toBeCloseTo((1 - 0.406) / 0.225, 5); // R
  });
});
