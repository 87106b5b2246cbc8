import { join } from 'node:path';
import { InferenceSession } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionSource } from '../session/session-source.ts';
import { tesseraTinyOnnxDir } from './convert/paths.ts';
import { referenceInput } from './reference/reference-input.ts';
import { type UpscaleProgress, upscaleImage } from './upscale-image.ts';
import { upscaleFileName } from './upscale-model.ts';

let x2: InferenceSession;
let x4: InferenceSession;

beforeAll(async () => {
  const dir = tesseraTinyOnnxDir();
  x2 = await InferenceSession.create(join(dir, upscaleFileName(2)));
  x4 = await InferenceSession.create(join(dir, upscaleFileName(4)));
});
afterAll(async () => {
  await x2.release();
  await x4.release();
});

function picture(width: number, height: number): Uint8Array {
  return Uint8Array.from(referenceInput(width, height, 3));
}

function maxAbsDiff(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  return a.reduce((max, value, i) => Math.max(max, Math.abs(value - b[i]!)), 0);
}

describe('upscaleImage', () => {
  it('tiled output equals the whole-image output (96×96, tiles of 48)', async () => {
    const rgb = picture(96, 96);
    const whole = await upscaleImage(x4, rgb, 96, 96, { factor: 4, tileSize: 96 });
    const tiled = await upscaleImage(x4, rgb, 96, 96, { factor: 4, tileSize: 48, overlap: 16 });
    expect(whole).toHaveLength(384 * 384 * 3);
    expect(maxAbsDiff(tiled, whole)).toBeLessThanOrEqual(1);
    // Without context, tile borders show: the overlap is what removes the seams.
    const seamed = await upscaleImage(x4, rgb, 96, 96, { factor: 4, tileSize: 48, overlap: 0 });
    expect(maxAbsDiff(seamed, whole)).toBeGreaterThan(2);
  });

  it.each([2, 4] as const)('handles odd sizes (70×53, ×%i)', async (factor) => {
    const rgb = picture(70, 53);
    const session = factor === 2 ? x2 : x4;
    const whole = await upscaleImage(session, rgb, 70, 53, { factor, tileSize: 70 });
    const tiled = await upscaleImage(session, rgb, 70, 53, { factor, tileSize: 32 });
    expect(tiled).toHaveLength(70 * factor * 53 * factor * 3);
    expect(maxAbsDiff(tiled, whole)).toBeLessThanOrEqual(1);
  });

  it('keeps the picture: box-downscaled back, the output is close to the input', async () => {
    const [w, h] = [32, 24];
    // Red ramps left to right, green top to bottom, blue has an edge: a swap of axes or
    // channels anywhere would show.
    const rgb = Uint8Array.from({ length: w * h * 3 }, (_, i) => {
      const [x, y, c] = [Math.floor(i / 3) % w, Math.floor(i / 3 / w), i % 3];
      return [x * 6, y * 8, x < w / 2 ? 50 : 200][c]!;
    });
    const out = await upscaleImage(x2, rgb, w, h, { factor: 2 });
    let total = 0;
    for (let i = 0; i < rgb.length; i++) {
      const [x, y, c] = [Math.floor(i / 3) % w, Math.floor(i / 3 / w), i % 3];
      const at = (dy: number, dx: number) => out[((2 * y + dy) * 2 * w + 2 * x + dx) * 3 + c]!;
      total += Math.abs((at(0, 0) + at(0, 1) + at(1, 0) + at(1, 1)) / 4 - rgb[i]!);
    }
    expect(total / rgb.length).toBeLessThan(6);
  });

  it('reports progress once per tile', async () => {
    const events: UpscaleProgress[] = [];
    await upscaleImage(x2, picture(40, 40), 40, 40, {
      factor: 2,
      tileSize: 20,
      onProgress: (p) => events.push(p),
    });
    expect(events).toEqual([1, 2, 3, 4].map((tile) => ({ tile, tiles: 4 })));
  });

  it('stops between tiles when aborted', async () => {
    const controller = new AbortController();
    const events: UpscaleProgress[] = [];
    const run = upscaleImage(x2, picture(40, 40), 40, 40, {
      factor: 2,
      tileSize: 20,
      signal: controller.signal,
      onProgress: (p) => {
        events.push(p);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(events).toHaveLength(1);
  });

  it('runs nothing when the signal is already aborted', async () => {
    const events: UpscaleProgress[] = [];
    const run = upscaleImage(x2, picture(8, 8), 8, 8, {
      factor: 2,
      signal: AbortSignal.abort(new Error('cancelled by test')),
      onProgress: (p) => events.push(p),
    });
    await expect(run).rejects.toThrow('cancelled by test');
    expect(events).toEqual([]);
  });

  it('asks a SessionSource for the stage of its factor', async () => {
    const asked: string[] = [];
    const source: SessionSource = {
      session: (stage) => {
        asked.push(stage);
        return Promise.resolve(x4);
      },
    };
    const out = await upscaleImage(source, picture(8, 6), 8, 6, { factor: 4 });
    expect(out).toHaveLength(32 * 24 * 3);
    expect(asked).toEqual(['upscale-x4']);
  });

  it('says so when the session is of another factor', async () => {
    await expect(upscaleImage(x2, picture(8, 8), 8, 8, { factor: 4 })).rejects.toThrow(
      /expected ×4/,
    );
  });

  it('rejects a buffer of the wrong size and an unknown factor', async () => {
    await expect(upscaleImage(x2, new Uint8Array(10), 8, 8, { factor: 2 })).rejects.toThrow(
      /192 bytes, got 10/,
    );
    // @ts-expect-error: 3 is not an UpscaleFactor
    await expect(upscaleImage(x2, picture(8, 8), 8, 8, { factor: 3 })).rejects.toThrow(
      /factor must be 2 or 4/,
    );
  });
});
