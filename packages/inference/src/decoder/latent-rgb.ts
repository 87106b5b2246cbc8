import type { RgbImage } from '@tessera/png';

/**
 * Pixel value of a model output in [-1, 1]: `round((clamp(v, -1, 1) + 1) · 127.5)`, evaluated in
 * float32 and rounded half to even, exactly as the recipe's torch code does (so v = -1e-9 gives
 * 128, like torch, where float64 arithmetic would give 127).
 */
export function toByte(v: number): number {
  const c = v < -1 ? -1 : v > 1 ? 1 : Number.isNaN(v) ? 0 : v;
  const s = Math.fround(Math.fround(c + 1) * 127.5);
  const r = Math.round(s);
  return r - s === 0.5 && r % 2 === 1 ? r - 1 : r;
}

/** A planar float image [3, side, side] in [-1, 1] (NCHW, batch 1) as interleaved RGB bytes. */
export function planarToRgb(planes: Float32Array, side: number): RgbImage {
  const n = side * side;
  const data = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    data[3 * i] = toByte(planes[i] ?? 0);
    data[3 * i + 1] = toByte(planes[n + i] ?? 0);
    data[3 * i + 2] = toByte(planes[2 * n + i] ?? 0);
  }
  return { width: side, height: side, channels: 3, data };
}

/**
 * A preview of the current estimate of the clean image, `x − t·v`, as RGB bytes at `size`
 * (side / size must be an integer; pixels are box-averaged). `x` and `v` are planar [3, side, side].
 */
export function previewRgb(
  x: Float32Array,
  v: Float32Array,
  t: number,
  side: number,
  size: number,
): RgbImage {
  const f = side / size;
  if (!Number.isInteger(f) || f < 1)
    throw new RangeError(`preview size ${size} must divide ${side}`);
  const n = side * side;
  const data = new Uint8Array(size * size * 3);
  const scale = 1 / (f * f);
  for (let c = 0; c < 3; c++) {
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        let sum = 0;
        for (let dy = 0; dy < f; dy++) {
          const row = c * n + (py * f + dy) * side + px * f;
          for (let dx = 0; dx < f; dx++) sum += (x[row + dx] ?? 0) - t * (v[row + dx] ?? 0);
        }
        data[(py * size + px) * 3 + c] = toByte(sum * scale);
      }
    }
  }
  return { width: size, height: size, channels: 3, data };
}
