// PNG writer for 8-bit RGB or RGBA images, with text chunks (server side: uses node:zlib).
import { promisify } from 'node:util';
import { deflate, deflateSync } from 'node:zlib';
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

export interface PngEncodeOptions {
  /** zlib level, 0–9 (default 6): 1 is several times quicker for files a few percent larger. */
  readonly level?: number;
}

/** The IHDR data of an 8-bit RGB or RGBA image. */
function headerOf({ width, height, channels }: RgbImage): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = channels === 4 ? 6 : 2; // colour type: RGBA or RGB
  // compression, filter and interlace methods are all 0
  return header;
}

/** The rows, each behind its filter byte: filter type 1 (Sub), small and quick for smooth images. */
function filteredRows({ width, height, channels, data }: RgbImage): Uint8Array {
  const stride = width * channels;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const out = y * (stride + 1) + 1;
    raw[out - 1] = 1;
    raw.set(data.subarray(row, row + channels), out);
    for (let x = channels; x < stride; x++)
      raw[out + x] = (data[row + x]! - data[row + x - channels]!) & 0xff;
  }
  return raw;
}

function assemble(
  image: RgbImage,
  text: Readonly<Record<string, string>>,
  compressed: Uint8Array,
): Uint8Array {
  const parts = [
    PNG_SIGNATURE,
    encodePngChunk('IHDR', headerOf(image)),
    ...Object.entries(text).map(([key, value]) => encodeTextChunk(key, value)),
    encodePngChunk('IDAT', compressed),
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

/** Encodes the image as PNG; `text` entries become uncompressed iTXt chunks before the pixels. */
export function encodePng(
  image: RgbImage,
  text: Readonly<Record<string, string>> = {},
  options: PngEncodeOptions = {},
): Uint8Array {
  checkImage(image);
  return assemble(image, text, deflateSync(filteredRows(image), { level: options.level ?? 6 }));
}

const deflateAsync = promisify(deflate);

/**
 * `encodePng`, with the compression (most of the time) done on libuv's thread pool: the event
 * loop stays free meanwhile. The same bytes as `encodePng` with the same options.
 */
export async function encodePngAsync(
  image: RgbImage,
  text: Readonly<Record<string, string>> = {},
  options: PngEncodeOptions = {},
): Promise<Uint8Array> {
  checkImage(image);
  const compressed = await deflateAsync(filteredRows(image), { level: options.level ?? 6 });
  return assemble(image, text, compressed);
}
