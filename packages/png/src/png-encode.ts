// PNG writer for 8-bit RGB or RGBA images, with text chunks (server side: uses node:zlib).
import { deflateSync } from 'node:zlib';
import { encodePngChunk, encodeTextChunk, PNG_SIGNATURE } from './png-chunks.ts';

export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** 3 (RGB) or 4 (RGBA) bytes per pixel, row-major, no padding. */
  readonly channels: 3 | 4;
  readonly data: Uint8Array;
}

export function checkImage(image: RgbImage): void {
  const { width, height, channels, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`Image size must be positive integers, got ${width}×${height}`);
  }
  if (data.length !== width * height * channels) {
    throw new Error(
      `Image data has ${data.length} bytes; ${width}×${height}×${channels} needs ${width * height * channels}`,
    );
  }
}

/** Encodes the image as PNG; `text` entries become uncompressed iTXt chunks before the pixels. */
export function encodePng(
  image: RgbImage,
  text: Readonly<Record<string, string>> = {},
): Uint8Array {
  checkImage(image);
  const { width, height, channels, data } = image;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = channels === 4 ? 6 : 2; // colour type: RGBA or RGB
  // compression, filter and interlace methods are all 0

  const stride = width * channels;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 1 (Sub) on every row: small and quick, good for smooth images.
    const row = y * stride;
    const out = y * (stride + 1);
    raw[out] = 1;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (data[row + x - channels] ?? 0) : 0;
      raw[out + 1 + x] = ((data[row + x] ?? 0) - left) & 0xff;
    }
  }
  const parts = [
    PNG_SIGNATURE,
    encodePngChunk('IHDR', header),
    ...Object.entries(text).map(([key, value]) => encodeTextChunk(key, value)),
    encodePngChunk('IDAT', deflateSync(raw, { level: 6 })),
    encodePngChunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
