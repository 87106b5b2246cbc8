// Pixel and colour measures of `pnpm eval:plans` (pure functions over RGB images).
import type { RgbImage } from '@tessera/png';
import type { Codebook } from '../src/codebook/codebook.ts';

export type Rgb = readonly [number, number, number];

/** Mean absolute difference per channel (0..255) of two same-size RGB images, over rows [y0, y1). */
export function meanAbsDiff(a: RgbImage, b: RgbImage, y0: number, y1: number): number {
  let sum = 0;
  const from = y0 * a.width * 3;
  const to = y1 * a.width * 3;
  for (let i = from; i < to; i++) sum += Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0));
  return sum / Math.max(1, to - from);
}

/** The mean colour of the pixel box [x0, x1) × [y0, y1). */
export function meanColour(image: RgbImage, x0: number, y0: number, x1: number, y1: number): Rgb {
  const sum = [0, 0, 0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 3;
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (image.data[i + c] ?? 0);
    }
  }
  const n = Math.max(1, (x1 - x0) * (y1 - y0));
  return [(sum[0] ?? 0) / n, (sum[1] ?? 0) / n, (sum[2] ?? 0) / n];
}

export const distance = (a: Rgb, b: Rgb): number =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The palette name nearest to `colour`. */
export function nearestName(colour: Rgb, palette: Record<string, Rgb>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const [name, rgb] of Object.entries(palette)) {
    const d = distance(colour, rgb);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** The palette colour most pixels of the box are nearest to. */
export function dominantName(
  image: RgbImage,
  box: readonly [number, number, number, number],
  palette: Record<string, Rgb>,
): string {
  const counts = new Map<string, number>();
  const [x0, y0, x1, y1] = box;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 3;
      const name = nearestName(
        [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0],
        palette,
      );
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((p, q) => q[1] - p[1])[0]?.[0] ?? '';
}

/** The code whose centroid's mean colour is nearest to `colour`. */
export function nearestCode(codebook: Codebook, colour: Rgb): number {
  const pixels = codebook.patch * codebook.patch;
  let best = 0;
  let bestDistance = Infinity;
  for (let k = 0; k < codebook.size; k++) {
    const sum = [0, 0, 0];
    for (let p = 0; p < pixels; p++) {
      for (let c = 0; c < 3; c++) {
        sum[c] = (sum[c] ?? 0) + (codebook.centroids[(k * pixels + p) * 3 + c] ?? 0);
      }
    }
    const mean: Rgb = [(sum[0] ?? 0) / pixels, (sum[1] ?? 0) / pixels, (sum[2] ?? 0) / pixels];
    const d = distance(mean, colour);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * The `side × side` block of cells (of `cell` pixels) whose rendered mean colour is nearest to
 * `background`: [row, col] of its top-left cell.
 */
export function backgroundBlock(
  image: RgbImage,
  grid: number,
  cell: number,
  side: number,
  background: Rgb,
): [number, number] {
  let best: [number, number] = [0, 0];
  let bestDistance = Infinity;
  for (let r = 0; r + side <= grid; r++) {
    for (let c = 0; c + side <= grid; c++) {
      const mean = meanColour(image, c * cell, r * cell, (c + side) * cell, (r + side) * cell);
      const d = distance(mean, background);
      if (d < bestDistance) [best, bestDistance] = [[r, c], d];
    }
  }
  return best;
}
