import { describe, expect, it } from 'vitest';
import { Canvas } from '@napi-rs/canvas';
import { decodePng } from './png-decode.ts';
import { encodePng, encodePngAsync } from './png-encode.ts';
import { PngFormatError, readPngText } from './png-chunks.ts';

function gradient(width: number, height: number, channels: 3 | 4): Uint8Array {
  const data = new Uint8Array(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 5)) & 0xff;
  return data;
}

describe('PNG codec', () => {
  it('round-trips RGB and RGBA pixels exactly', () => {
    for (const channels of [3, 4] as const) {
      const image = { width: 37, height: 21, channels, data: gradient(37, 21, channels) };
      const back = decodePng(encodePng(image));
      expect(back).toEqual(image);
    }
  });

  it('round-trips at every compression level, off the event loop too, byte for byte the same', async () => {
    const image = { width: 64, height: 33, channels: 3 as const, data: gradient(64, 33, 3) };
    for (const level of [0, 1, 6, 9]) {
      const png = encodePng(image, { note: 'x' }, { level });
      expect(decodePng(png)).toEqual(image);
      expect(await encodePngAsync(image, { note: 'x' }, { level })).toEqual(png);
    }
    expect(encodePng(image, {}, { level: 9 }).length).toBeLessThan(
      encodePng(image, {}, { level: 0 }).length,
    );
  });

  it('carries text chunks, UTF-8 included, readable without decoding pixels', () => {
    const png = encodePng(
      { width: 2, height: 2, channels: 3, data: gradient(2, 2, 3) },
      { 'tessera:workflow': '{"name":"Affiche “SOLDES” – été"}', 'tessera:plan': 'AAEC' },
    );
    const text = readPngText(png);
    expect(text.get('tessera:workflow')).toBe('{"name":"Affiche “SOLDES” – été"}');
    expect(text.get('tessera:plan')).toBe('AAEC');
  });

  it('decodes PNGs written by another encoder (all row filters)', async () => {
    const canvas = new Canvas(64, 48);
    const ctx = canvas.getContext('2d');
    const fill = ctx.createLinearGradient(0, 0, 64, 48);
    fill.addColorStop(0, '#0a7');
    fill.addColorStop(1, '#f30');
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, 64, 48);
    const png = await canvas.encode('png');
    const decoded = decodePng(new Uint8Array(png));
    const pixels = ctx.getImageData(0, 0, 64, 48).data;
    expect(decoded.width).toBe(64);
    expect(decoded.channels).toBe(4);
    expect(Buffer.from(decoded.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('refuses non-PNG input and corrupt chunks with a PngFormatError', () => {
    expect(() => decodePng(new TextEncoder().encode('GIF89a not a png'))).toThrow(PngFormatError);
    const png = encodePng({ width: 4, height: 4, channels: 3, data: gradient(4, 4, 3) });
    const corrupt = png.slice();
    corrupt[40] = (corrupt[40] ?? 0) ^ 0xff;
    expect(() => decodePng(corrupt)).toThrow(/corrupt|CRC/);
    expect(() => decodePng(png.subarray(0, png.length - 20))).toThrow(PngFormatError);
  });

  it('refuses image data of the wrong size', () => {
    expect(() => encodePng({ width: 4, height: 4, channels: 3, data: new Uint8Array(10) })).toThrow(
      /needs 48/,
    );
  });
});
