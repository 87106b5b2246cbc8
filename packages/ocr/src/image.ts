import type { OcrBox, OcrImage } from './types.ts';

/** Packed 8-bit RGB pixels, row-major. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Checks an input image and returns it as packed RGB (alpha dropped). */
export function toRgb(image: OcrImage): RgbImage {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`OCR image size must be positive integers, got ${width}x${height}`);
  }
  const pixels = width * height;
  const channels = image.channels ?? inferChannels(data.length, pixels);
  if (data.length !== pixels * channels) {
    throw new RangeError(
      `OCR image data has ${data.length} bytes; ${width}x${height} with ${channels} channels needs ${pixels * channels}`,
    );
  }
  if (channels === 3) {
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width, height };
  }
  const rgb = new Uint8Array(pixels * 3);
  for (let i = 0, j = 0; i < pixels; i++, j += 4) {
    rgb[i * 3] = data[j] ?? 0;
    rgb[i * 3 + 1] = data[j + 1] ?? 0;
    rgb[i * 3 + 2] = data[j + 2] ?? 0;
  }
  return { data: rgb, width, height };
}

function inferChannels(length: number, pixels: number): 3 | 4 {
  if (length === pixels * 4) return 4;
  if (length === pixels * 3) return 3;
  throw new RangeError(
    `OCR image data has ${length} bytes, which is neither RGB (${pixels * 3}) nor RGBA (${pixels * 4})`,
  );
}

/** Clamps a box to the image, rounding outwards to whole pixels; null when nothing is left. */
export function clampBox(box: OcrBox, width: number, height: number): OcrBox | null {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(width, Math.ceil(box.x + box.width));
  const y1 = Math.min(height, Math.ceil(box.y + box.height));
  if (x1 <= x0 || y1 <= y0) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Copies a region (already inside the image) out of an RGB image, adding `padX` columns on
 * the left and right and `padY` rows above and below that repeat the region's edge pixels.
 */
export function cropRgb(image: RgbImage, box: OcrBox, padX = 0, padY = 0): RgbImage {
  const width = box.width + 2 * padX;
  const height = box.height + 2 * padY;
  const out = new Uint8Array(width * height * 3);
  const rowBytes = box.width * 3;
  for (let y = 0; y < height; y++) {
    const sourceY = box.y + Math.min(Math.max(y - padY, 0), box.height - 1);
    const start = (sourceY * image.width + box.x) * 3;
    const rowStart = y * width * 3;
    out.set(image.data.subarray(start, start + rowBytes), rowStart + padX * 3);
    const left = image.data.subarray(start, start + 3);
    const right = image.data.subarray(start + rowBytes - 3, start + rowBytes);
    for (let x = 0; x < padX; x++) {
      out.set(left, rowStart + x * 3);
      out.set(right, rowStart + (padX + box.width + x) * 3);
    }
  }
  return { data: out, width, height };
}

/** Grows a box on every side by `fraction` of its height (rounded to whole pixels). */
export function expandBox(box: OcrBox, fraction: number): OcrBox {
  const room = Math.round(box.height * Math.max(0, fraction));
  return {
    x: box.x - room,
    y: box.y - room,
    width: box.width + 2 * room,
    height: box.height + 2 * room,
  };
}
