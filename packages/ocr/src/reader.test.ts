import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text.ts';
import { createOcrReader } from './reader.ts';
import { measureTextWidth, renderScene, rgbaToRgb } from './testing/render-text.ts';
import type { TextItem } from './testing/render-text.ts';
import type { OcrBox, OcrReader } from './types.ts';

let reader: OcrReader;

beforeAll(async () => {
  reader = await createOcrReader();
});

afterAll(async () => {
  await reader.close();
});

/** The detected box should cover the drawn text and not much more. */
function expectBoxAround(box: OcrBox, item: TextItem): void {
  const width = measureTextWidth(item.text, item.size);
  expect(box.x).toBeGreaterThanOrEqual(item.x - 0.3 * item.size);
  expect(box.x).toBeLessThanOrEqual(item.x + 0.2 * item.size);
  expect(box.x + box.width).toBeGreaterThanOrEqual(item.x + width - 0.3 * item.size);
  expect(box.x + box.width).toBeLessThanOrEqual(item.x + width + 0.4 * item.size);
  expect(box.y).toBeGreaterThanOrEqual(item.y - 0.2 * item.size);
  expect(box.y + box.height).toBeLessThanOrEqual(item.y + 1.2 * item.size);
  expect(box.height).toBeGreaterThan(0.5 * item.size);
}

describe('OcrReader.read', () => {
  it('reads "SUMMER SALE 50%" on a plain background exactly', async () => {
    const item = { text: 'SUMMER SALE 50%', x: 16, y: 110, size: 20 };
    const image = renderScene({ width: 256, height: 256, background: '#f4efe6', texts: [item] });
    const lines = await reader.read(image);
    expect(lines.map((l) => l.text)).toEqual(['SUMMER SALE 50%']);
    expect(lines[0]?.confidence).toBeGreaterThan(0.9);
    expectBoxAround(lines[0]!.box, item);
  });

  it('returns two lines top-to-bottom with boxes around the drawn text', async () => {
    const top = { text: 'TOP LINE', x: 20, y: 30, size: 24 };
    const bottom = { text: 'BOTTOM 42', x: 80, y: 190, size: 22 };
    // Drawn bottom first, so the order cannot come from drawing order.
    const image = renderScene({
      width: 256,
      height: 256,
      background: '#ffffff',
      texts: [bottom, top],
    });
    const lines = await reader.read(image);
    expect(lines.map((l) => l.text)).toEqual(['TOP LINE', 'BOTTOM 42']);
    expectBoxAround(lines[0]!.box, top);
    expectBoxAround(lines[1]!.box, bottom);
  });

  it('reads white text on a dark background', async () => {
    const item = { text: 'NIGHT MARKET', x: 20, y: 100, size: 24, color: '#ffffff' };
    const image = renderScene({ width: 256, height: 256, background: '#14213d', texts: [item] });
    const lines = await reader.read(image);
    expect(lines.map((l) => l.text)).toEqual(['NIGHT MARKET']);
  });

  it('reads a headline with a smaller line close beneath it, spaces kept', async () => {
    const texts = [
      { text: 'JAZZ 9 TONIGHT', x: 12, y: 100, size: 22, color: '#f1faee' },
      { text: 'FOOTER INFO', x: 12, y: 128, size: 15, color: '#f1faee' },
    ];
    const image = renderScene({ width: 256, height: 256, background: '#1d3557', texts });
    const lines = await reader.read(image);
    expect(lines.map((l) => l.text)).toEqual(['JAZZ 9 TONIGHT', 'FOOTER INFO']);
  });

  it('finds no lines in a blank image', async () => {
    const image = renderScene({ width: 256, height: 256, background: '#808080', texts: [] });
    expect(await reader.read(image)).toEqual([]);
    expect(await reader.readAll(image)).toBe('');
  });

  it('reads a 100-px headline at 1024×1024 as one line', async () => {
    const item = { text: 'SUMMER SALE', x: 150, y: 450, size: 100, color: '#ffffff' };
    const image = renderScene({ width: 1024, height: 1024, background: '#2a9d8f', texts: [item] });
    const lines = await reader.read(image);
    expect(lines.map((l) => normaliseText(l.text))).toEqual(['SUMMER SALE']);
    expectBoxAround(lines[0]!.box, item);
  });

  it('gives the same lines for RGB and RGBA input, every time', async () => {
    const texts = [
      { text: 'SALE 50', x: 60, y: 40, size: 28, color: '#c00000' },
      { text: 'TODAY', x: 90, y: 200, size: 18, color: '#003080' },
    ];
    const image = renderScene({ width: 256, height: 256, background: '#ffd000', texts });
    const first = await reader.read(image);
    expect(first.map((l) => l.text)).toEqual(['SALE 50', 'TODAY']);
    expect(await reader.read(rgbaToRgb(image))).toEqual(first);
    expect(await reader.read(image)).toEqual(first);
  });
});

describe('OcrReader word spaces', () => {
  /** A decoded poster's headline `FREE 87`, upscaled ×4 (tessera-tiny, held-out scene 19). */
  async function decodedHeadline() {
    const file = new URL('./testing/fixtures/decoded-free-87.png', import.meta.url);
    const picture = await loadImage(readFileSync(file));
    const canvas = createCanvas(picture.width, picture.height);
    const context = canvas.getContext('2d');
    context.drawImage(picture, 0, 0);
    const pixels = context.getImageData(0, 0, picture.width, picture.height);
    return {
      data: pixels.data,
      width: picture.width,
      height: picture.height,
      channels: 4 as const,
    };
  }

  it('reads the word gap the recogniser reads no space in as a space', async () => {
    const image = await decodedHeadline();
    expect((await reader.read(image, { wordGap: 0 })).map((l) => l.text)).toEqual(['FREE87']);
    expect((await reader.read(image)).map((l) => l.text)).toEqual(['FREE 87']);
  });

  it('adds no space inside a word', async () => {
    const texts = [{ text: 'MINIMUM', x: 40, y: 400, size: 120, color: '#f5f5f5' }];
    const image = renderScene({ width: 1024, height: 1024, background: '#8a3fb0', texts });
    expect((await reader.read(image)).map((l) => l.text)).toEqual(['MINIMUM']);
  });
});

describe('OcrReader helpers', () => {
  const texts = [
    { text: 'MENU', x: 30, y: 20, size: 30 },
    { text: 'SOUP 4', x: 30, y: 120, size: 24 },
  ];
  const image = renderScene({ width: 256, height: 256, background: '#ffffff', texts });

  it('recognises a known region without detection', async () => {
    const region = { x: 20, y: 110, width: 140, height: 44 };
    const result = await reader.recognize(image, region);
    expect(result.text).toBe('SOUP 4');
    expect(result.confidence).toBeGreaterThan(0.8);
    const [detected] = await reader.detect(image);
    const tight = await reader.recognize(image, detected!.box, { paddingX: 0.15, paddingY: 0.4 });
    expect(tight.text).toBe('MENU');
    await expect(reader.recognize(image, { x: 300, y: 0, width: 5, height: 5 })).rejects.toThrow(
      /outside/,
    );
  });

  it('joins every line with readAll and exposes detection alone', async () => {
    expect(await reader.readAll(image)).toBe('MENU\nSOUP 4');
    const boxes = await reader.detect(image);
    expect(boxes).toHaveLength(2);
    expect(boxes.every((b) => b.score >= 0.6)).toBe(true);
  });

  it('refuses to work once closed', async () => {
    const own = await createOcrReader();
    await own.close();
    await own.close();
    await expect(own.read(image)).rejects.toThrow(/closed/);
  });
});
