import type { Rect } from './tile-grid.ts';

/** Copies `rect` of an HWC RGB byte image into NCHW float32 planes (values 0–255). */
export function rgbToPlanes(rgb: Uint8Array, imageWidth: number, rect: Rect): Float32Array {
  const { x, y, width, height } = rect;
  const plane = width * height;
  const planes = new Float32Array(3 * plane);
  for (let row = 0; row < height; row++) {
    let src = ((y + row) * imageWidth + x) * 3;
    const dst = row * width;
    for (let col = 0; col < width; col++, src += 3) {
      planes[dst + col] = rgb[src]!;
      planes[plane + dst + col] = rgb[src + 1]!;
      planes[2 * plane + dst + col] = rgb[src + 2]!;
    }
  }
  return planes;
}

/**
 * Writes a window of NCHW float planes (`planesWidth` × `planesHeight`) into an HWC RGB byte
 * image, clamped to 0–255 and rounded: the window starts at (`from.x`, `from.y`) in the planes and
 * lands at (`to.x`, `to.y`) in the image, `from.width` × `from.height` pixels.
 */
export function planesToRgb(
  planes: Float32Array,
  planesWidth: number,
  planesHeight: number,
  from: Rect,
  out: Uint8Array,
  outWidth: number,
  to: { readonly x: number; readonly y: number },
): void {
  const plane = planesWidth * planesHeight;
  for (let row = 0; row < from.height; row++) {
    const src = (from.y + row) * planesWidth + from.x;
    let dst = ((to.y + row) * outWidth + to.x) * 3;
    for (let col = 0; col < from.width; col++, dst += 3) {
      out[dst] = toByte(planes[src + col]!);
      out[dst + 1] = toByte(planes[plane + src + col]!);
      out[dst + 2] = toByte(planes[2 * plane + src + col]!);
    }
  }
}

function toByte(value: number): number {
  return value <= 0 ? 0 : value >= 255 ? 255 : Math.round(value);
}
