import type { RgbImage } from './image.ts';

/**
 * Bilinear resize of an RGB image with pixel-centre alignment (as OpenCV's INTER_LINEAR,
 * which PaddleOCR's pre-processing uses). Returns float pixels on the 0..255 scale.
 */
export function resizeBilinear(image: RgbImage, outWidth: number, outHeight: number): Float32Array {
  if (outWidth <= 0 || outHeight <= 0) {
    throw new RangeError(`resize target must be positive, got ${outWidth}x${outHeight}`);
  }
  const { data, width, height } = image;
  const xs = axisSamples(width, outWidth);
  const ys = axisSamples(height, outHeight);
  const out = new Float32Array(outWidth * outHeight * 3);
  for (let oy = 0; oy < outHeight; oy++) {
    const y0 = ys.lo[oy] ?? 0;
    const y1 = ys.hi[oy] ?? 0;
    const fy = ys.frac[oy] ?? 0;
    const row0 = y0 * width * 3;
    const row1 = y1 * width * 3;
    for (let ox = 0; ox < outWidth; ox++) {
      const x0 = (xs.lo[ox] ?? 0) * 3;
      const x1 = (xs.hi[ox] ?? 0) * 3;
      const fx = xs.frac[ox] ?? 0;
      const o = (oy * outWidth + ox) * 3;
      for (let c = 0; c < 3; c++) {
        const top = (data[row0 + x0 + c] ?? 0) * (1 - fx) + (data[row0 + x1 + c] ?? 0) * fx;
        const bottom = (data[row1 + x0 + c] ?? 0) * (1 - fx) + (data[row1 + x1 + c] ?? 0) * fx;
        out[o + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return out;
}

interface AxisSamples {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly frac: Float32Array;
}

/** For each output coordinate: the two source neighbours and the weight of the second. */
function axisSamples(inSize: number, outSize: number): AxisSamples {
  const lo = new Int32Array(outSize);
  const hi = new Int32Array(outSize);
  const frac = new Float32Array(outSize);
  const scale = inSize / outSize;
  for (let i = 0; i < outSize; i++) {
    const src = Math.min(Math.max((i + 0.5) * scale - 0.5, 0), inSize - 1);
    const l = Math.floor(src);
    lo[i] = l;
    hi[i] = Math.min(l + 1, inSize - 1);
    frac[i] = src - l;
  }
  return { lo, hi, frac };
}
