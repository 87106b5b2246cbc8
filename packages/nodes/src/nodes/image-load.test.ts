import { encodePng } from '@tessera/png';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ImageValue } from '../context/port-values.ts';
import { testContext } from '../testing/index.ts';
import { imageLoadNode } from './image-load.ts';

/** A 4×2 RGBA image: red, green, blue, transparent (top row), then grey. */
const rgba = {
  width: 4,
  height: 2,
  channels: 4 as const,
  data: Uint8Array.from([
    ...[255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 9, 9, 9, 0],
    ...[128, 128, 128, 255, 128, 128, 128, 255, 128, 128, 128, 255, 128, 128, 128, 255],
  ]),
};
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function load(source: string, image = 'photo.png'): Promise<ImageValue> {
  const ctx = testContext({ params: { image, source } });
  const result = await imageLoadNode.execute(ctx);
  return result.outputs.image as ImageValue;
}

describe('image.load', () => {
  it('decodes a PNG to RGB, transparency flattened onto white', async () => {
    const image = await load(base64(encodePng(rgba)));
    expect(image).toMatchObject({ width: 4, height: 2, channels: 3 });
    expect([...image.data.subarray(0, 12)]).toEqual([
      255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255,
    ]);
    expect([...image.data.subarray(12, 15)]).toEqual([128, 128, 128]);
  });

  it('decodes JPEG and WebP by content, whatever the name says', async () => {
    const red = Buffer.from(Array.from({ length: 16 * 16 }, () => [230, 20, 20]).flat());
    const raw = sharp(red, { raw: { width: 16, height: 16, channels: 3 } });
    const jpeg = await raw.clone().jpeg({ quality: 95 }).toBuffer();
    const webp = await raw.clone().webp({ lossless: true }).toBuffer();
    for (const [bytes, name] of [
      [jpeg, 'looks-like.png'],
      [webp, 'photo.webp'],
    ] as const) {
      const image = await load(base64(bytes), name);
      expect(image).toMatchObject({ width: 16, height: 16, channels: 3 });
      const [r = 0, g = 0, b = 0] = image.data.subarray(0, 3);
      expect(r).toBeGreaterThan(200); // red stays red
      expect(g + b).toBeLessThan(80);
    }
  });

  it('refuses a file that is not a PNG, JPEG or WebP image', async () => {
    await expect(load(base64(new TextEncoder().encode('<svg></svg>')), 'x.png')).rejects.toThrow(
      /x\.png is not a PNG, JPEG or WebP image/,
    );
  });

  it('refuses a truncated image with a message', async () => {
    const png = encodePng(rgba);
    await expect(load(base64(png.subarray(0, 40)))).rejects.toThrow(/could not be decoded/);
  });

  it('says what is missing when the hub did not read the file, or none was chosen', async () => {
    await expect(load('', 'photo.png')).rejects.toThrow(/only a hub with the input folder/);
    await expect(load('', '')).rejects.toThrow(/no image chosen/);
  });
});
