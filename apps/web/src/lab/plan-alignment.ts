// How a layout plan and its fine plan line up: both cover the same picture, so a layout cell
// spans a square block of fine cells (16×16 → 32×32: 2×2, → 64×64: 4×4). Pure.
import type { Rect } from './plan-grid.ts';

export interface GridSize {
  readonly width: number;
  readonly height: number;
}

/**
 * How many fine cells one coarse cell spans per side, or null when the grids do not nest (a
 * different aspect, or a size that is not a whole multiple).
 */
export function nestingFactor(coarse: GridSize, fine: GridSize): number | null {
  if (coarse.width <= 0 || coarse.height <= 0) return null;
  const f = fine.width / coarse.width;
  return Number.isInteger(f) && f >= 1 && fine.height === coarse.height * f ? f : null;
}

/** Whether the two grids nest either way round (one is a whole multiple of the other). */
export const gridsNest = (a: GridSize, b: GridSize): boolean =>
  nestingFactor(a, b) !== null || nestingFactor(b, a) !== null;

/**
 * The cells of grid `to` that cell `cell` of grid `from` covers: a block of fine cells when `to`
 * is the finer grid, the one coarse cell around it when `to` is coarser. Null when the cell is
 * outside `from` or the grids do not nest.
 */
export function regionUnder(cell: number, from: GridSize, to: GridSize): Rect | null {
  if (!Number.isInteger(cell) || cell < 0 || cell >= from.width * from.height) return null;
  const x = cell % from.width;
  const y = Math.floor(cell / from.width);
  const down = nestingFactor(from, to);
  if (down !== null) return { x: x * down, y: y * down, width: down, height: down };
  const up = nestingFactor(to, from);
  if (up === null) return null;
  return { x: Math.floor(x / up), y: Math.floor(y / up), width: 1, height: 1 };
}

/** The layout cell a fine cell lies in (its index in the layout grid), or null. */
export function layoutCellOf(fineCell: number, fine: GridSize, layout: GridSize): number | null {
  const r = regionUnder(fineCell, fine, layout);
  return r && nestingFactor(layout, fine) !== null ? r.y * layout.width + r.x : null;
}

/** A rectangle as the inclusive corners "x0,y0,x1,y1" (what the stages expose to tests). */
export const rectCorners = (r: Rect): string =>
  `${r.x},${r.y},${r.x + r.width - 1},${r.y + r.height - 1}`;

/**
 * The data attribute a stage names the outlined block with (a hover in the aligned plan): the
 * finer grid shows a block of fine cells, the coarser one a layout cell.
 */
export const highlightAttribute = (own: GridSize, paired: GridSize): string =>
  own.width > paired.width ? 'data-fine-highlight' : 'data-layout-highlight';
