// PNG reader for 8-bit, non-interlaced greyscale, RGB and RGBA images (server side: node:zlib).
import { inflateSync } from 'node:zlib';
import { PngFormatError, readPngChunks } from './png-chunks.ts';
import type { RgbImage } from './png-encode.ts';

const channelsByColourType: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x] ?? 0;
      const a = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[row - stride + x - bpp] ?? 0) : 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) predicted = paeth(a, b, c);
      else throw new PngFormatError(`Unknown PNG row filter ${filter} on row ${y}.`);
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

/** Decodes a PNG to RGB (or RGBA when it has alpha). Greyscale is expanded to RGB. */
export function decodePng(png: Uint8Array): RgbImage {
  const chunks = readPngChunks(png);
  const header = chunks[0]?.data;
  if (!header || header.length !== 13) throw new PngFormatError('The PNG header is malformed.');
  const view = new DataView(header.buffer, header.byteOffset, 13);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const [depth, colourType, , , interlace] = [
    header[8],
    header[9],
    header[10],
    header[11],
    header[12],
  ];
  const bpp = channelsByColourType[colourType ?? -1];
  if (depth !== 8 || bpp === undefined || interlace !== 0) {
    throw new PngFormatError(
      `Only 8-bit, non-interlaced greyscale/RGB/RGBA PNGs are supported (this one: depth ${depth}, colour type ${colourType}, interlace ${interlace}).`,
    );
  }
  if (width * height > 64 * 1024 * 1024)
    throw new PngFormatError(`The PNG is too large (${width}×${height}).`);
  const idat = chunks.filter((c) => c.type === 'IDAT');
  const compressed = new Uint8Array(idat.reduce((n, c) => n + c.data.length, 0));
  let at = 0;
  for (const c of idat) {
    compressed.set(c.data, at);
    at += c.data.length;
  }
  let raw: Uint8Array;
  try {
    raw = inflateSync(compressed);
  } catch {
    throw new PngFormatError('The PNG pixel data is corrupt (it does not inflate).');
  }
  if (raw.length !== (width * bpp + 1) * height)
    throw new PngFormatError('The PNG pixel data has the wrong size.');
  const pixels = unfilter(raw, width, height, bpp);
  if (bpp === 3 || bpp === 4) return { width, height, channels: bpp, data: pixels };
  const rgb = new Uint8Array(width * height * (bpp === 2 ? 4 : 3));
  for (let i = 0, o = 0; i < pixels.length; i += bpp) {
    const grey = pixels[i] ?? 0;
    rgb[o++] = grey;
    rgb[o++] = grey;
    rgb[o++] = grey;
    if (bpp === 2) rgb[o++] = pixels[i + 1] ?? 0;
  }
  return { width, height, channels: bpp === 2 ? 4 : 3, data: rgb };
}
