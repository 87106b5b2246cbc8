import { describe, expect, it } from 'vitest';
import {
  prepareRecognizeInput,
  REC_HEIGHT,
  REC_MAX_WIDTH,
  REC_MIN_WIDTH,
} from './recognize-input.ts';

function solid(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(rgb, i * 3);
  return data;
}

describe('prepareRecognizeInput', () => {
  it('scales to height 48 keeping the aspect and pads to the minimum width', () => {
    const input = prepareRecognizeInput({
      data: solid(100, 24, [0, 0, 0]),
      width: 100,
      height: 24,
    });
    expect(input.contentWidth).toBe(200);
    expect(input.width).toBe(REC_MIN_WIDTH);
    expect(input.data.length).toBe(3 * REC_HEIGHT * REC_MIN_WIDTH);
    expect(input.data[0]).toBe(-1); // black
    expect(input.data[250]).toBe(0); // padding
  });

  it('maps to [-1, 1] in BGR order', () => {
    const input = prepareRecognizeInput({ data: solid(8, 8, [255, 0, 0]), width: 8, height: 8 });
    const plane = REC_HEIGHT * input.width;
    expect(input.data[0]).toBe(-1); // B
    expect(input.data[plane]).toBe(-1); // G
    expect(input.data[2 * plane]).toBe(1); // R
  });

  it('keeps long crops unpadded up to the maximum width', () => {
    const long = prepareRecognizeInput({ data: solid(400, 20, [9, 9, 9]), width: 400, height: 20 });
    expect(long.width).toBe(960);
    const huge = prepareRecognizeInput({
      data: solid(2000, 10, [9, 9, 9]),
      width: 2000,
      height: 10,
    });
    expect(huge.width).toBe(REC_MAX_WIDTH);
  });
});
