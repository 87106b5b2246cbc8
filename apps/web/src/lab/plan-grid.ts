// Pure edits of a plan's token grid (row-major ids, `width` per row): paint cells, copy a
// rectangle, paste one. Each answers a new array and never changes its input.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A copied block of tokens. */
export interface Clip {
  readonly width: number;
  readonly height: number;
  readonly ids: Uint16Array;
}

/** The rectangle spanned by two cells (either corner first), clipped to the grid. */
export function rectBetween(
  a: { x: number; y: number },
  b: { x: number; y: number },
  width: number,
  height: number,
): Rect {
  const x0 = Math.max(0, Math.min(a.x, b.x));
  const y0 = Math.max(0, Math.min(a.y, b.y));
  const x1 = Math.min(width - 1, Math.max(a.x, b.x));
  const y1 = Math.min(height - 1, Math.max(a.y, b.y));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0 + 1), height: Math.max(0, y1 - y0 + 1) };
}

/** Cell indices of `rect` in a grid `width` wide, row by row. */
export function cellsOf(rect: Rect, width: number): number[] {
  const cells: number[] = [];
  for (let y = rect.y; y < rect.y + rect.height; y++)
    for (let x = rect.x; x < rect.x + rect.width; x++) cells.push(y * width + x);
  return cells;
}

/** `ids` with `cells` set to `token`; the same array when nothing changes. */
export function paintCells(ids: Uint16Array, cells: readonly number[], token: number): Uint16Array {
  if (cells.every((i) => i < 0 || i >= ids.length || ids[i] === token)) return ids;
  const next = ids.slice();
  for (const i of cells) if (i >= 0 && i < next.length) next[i] = token;
  return next;
}

/** The tokens inside `rect`. */
export function copyRect(ids: Uint16Array, width: number, rect: Rect): Clip {
  const out = new Uint16Array(rect.width * rect.height);
  cellsOf(rect, width).forEach((cell, k) => (out[k] = ids[cell] ?? 0));
  return { width: rect.width, height: rect.height, ids: out };
}

/**
 * `ids` (`width` × `height`) with `clip` pasted at column `x`, row `y`; what falls outside the
 * grid is dropped.
 */
export function pasteClip(
  ids: Uint16Array,
  width: number,
  height: number,
  clip: Clip,
  x: number,
  y: number,
): Uint16Array {
  const next = ids.slice();
  for (let cy = 0; cy < clip.height; cy++)
    for (let cx = 0; cx < clip.width; cx++) {
      const tx = x + cx;
      const ty = y + cy;
      if (tx < 0 || ty < 0 || tx >= width || ty >= height) continue;
      next[ty * width + tx] = clip.ids[cy * clip.width + cx] ?? 0;
    }
  return next;
}

/** How many cells differ between two grids of the same size; null when sizes differ. */
export function countDifferences(a: Uint16Array, b: Uint16Array): number | null {
  if (a.length !== b.length) return null;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
