/**
 * How an image is cut into tiles for the upscaler. Each tile owns a core rectangle of the input
 * (the cores partition the image, in near-equal sizes of at most `tileSize`) and is run with up to
 * `overlap` pixels of context on each side (clamped at the image border). Only the core's part of
 * the tile output is kept, so when `overlap` covers the network's receptive radius (10 input
 * pixels for esrgan-slim) tiled and whole-image outputs agree up to float rounding: no seams.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Tile {
  /** The part of the input this tile owns. */
  readonly core: Rect;
  /** The part of the input the model sees: the core plus context. */
  readonly context: Rect;
}

export function planTiles(
  width: number,
  height: number,
  tileSize: number,
  overlap: number,
): Tile[] {
  for (const [name, value, min] of [
    ['width', width, 1],
    ['height', height, 1],
    ['tileSize', tileSize, 1],
    ['overlap', overlap, 0],
  ] as const) {
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
    }
  }
  const tiles: Tile[] = [];
  for (const [y0, y1] of segments(height, tileSize)) {
    for (const [x0, x1] of segments(width, tileSize)) {
      const cx0 = Math.max(0, x0 - overlap);
      const cy0 = Math.max(0, y0 - overlap);
      const cx1 = Math.min(width, x1 + overlap);
      const cy1 = Math.min(height, y1 + overlap);
      tiles.push({
        core: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
        context: { x: cx0, y: cy0, width: cx1 - cx0, height: cy1 - cy0 },
      });
    }
  }
  return tiles;
}

/** [start, end) spans of near-equal length ≤ size covering 0..length. */
function segments(length: number, size: number): [number, number][] {
  const count = Math.ceil(length / size);
  return Array.from({ length: count }, (_, i) => [
    Math.round((i * length) / count),
    Math.round(((i + 1) * length) / count),
  ]);
}
