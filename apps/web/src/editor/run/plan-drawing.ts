// Drawing plan cells on a canvas, a few at a time: as a colour map (one canvas pixel per token,
// scaled up by CSS) or as codebook patches (patch × patch canvas pixels per token).
import { type Codebook } from './codebooks.ts';
import { UNFILLED, codeColor } from './plan-colors.ts';

/** A grid of tokens, some of which may not have arrived. */
export interface PlanCells {
  readonly width: number;
  readonly height: number;
  readonly ids: Uint16Array;
  /** 1 where a token has arrived; absent: all have. */
  readonly known?: Uint8Array;
}

export type PlanCanvasMode =
  { readonly kind: 'colors' } | { readonly kind: 'patches'; readonly codebook: Codebook };

/** Canvas pixels per token. */
export const cellPixels = (mode: PlanCanvasMode): number =>
  mode.kind === 'patches' ? mode.codebook.patch : 1;

export function clearPlanCanvas(canvas: HTMLCanvasElement, cells: PlanCells, mode: PlanCanvasMode) {
  const px = cellPixels(mode);
  canvas.width = cells.width * px;
  canvas.height = cells.height * px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = UNFILLED;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
}

function drawPatch(
  ctx: CanvasRenderingContext2D,
  book: Codebook,
  id: number,
  x: number,
  y: number,
) {
  const { patch } = book;
  const image = ctx.createImageData(patch, patch);
  if (id < book.k) {
    const base = id * patch * patch * 3;
    for (let p = 0; p < patch * patch; p++) {
      image.data[p * 4] = book.pixels[base + p * 3] ?? 0;
      image.data[p * 4 + 1] = book.pixels[base + p * 3 + 1] ?? 0;
      image.data[p * 4 + 2] = book.pixels[base + p * 3 + 2] ?? 0;
      image.data[p * 4 + 3] = 255;
    }
  } else {
    // The null code (padding) has no patch.
    for (let p = 0; p < patch * patch; p++) image.data[p * 4 + 3] = 255;
  }
  ctx.putImageData(image, x * patch, y * patch);
}

/**
 * Draws the cells that have arrived and are not yet marked in `drawn`, and marks them; answers
 * how many it drew.
 */
export function drawNewCells(
  canvas: HTMLCanvasElement,
  cells: PlanCells,
  mode: PlanCanvasMode,
  drawn: Uint8Array,
): number {
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  let count = 0;
  const total = cells.width * cells.height;
  for (let i = 0; i < total; i++) {
    if (drawn[i] === 1 || (cells.known !== undefined && cells.known[i] !== 1)) continue;
    drawn[i] = 1;
    count++;
    const id = cells.ids[i] ?? 0;
    const x = i % cells.width;
    const y = Math.floor(i / cells.width);
    if (mode.kind === 'patches') drawPatch(ctx, mode.codebook, id, x, y);
    else {
      const [r, g, b] = codeColor(id);
      ctx.fillStyle = `rgb(${r} ${g} ${b})`;
      ctx.fillRect(x, y, 1, 1);
    }
  }
  return count;
}
