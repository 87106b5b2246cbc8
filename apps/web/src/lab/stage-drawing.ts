// Drawing a plan for the lab: the colour map or the codebook preview as the base, the preview
// over the colours at some opacity, a heatmap, locked cells hatched, differing cells outlined,
// the selection, the hovered cell, and the block under the cell hovered in the aligned plan
// beside. One full redraw per change (a few hundred cells).
import type { Codebook } from '../editor/run/codebooks.ts';
import { codeColor } from '../editor/run/plan-colors.ts';
import type { Rect } from './plan-grid.ts';

export interface StageLayers {
  readonly width: number;
  readonly height: number;
  readonly ids: Uint16Array;
  readonly cell: number;
  readonly base: 'colors' | 'preview';
  readonly overlay: number;
  readonly codebook: Codebook | null;
  readonly heat: Float32Array | null;
  readonly lock: Uint8Array | null;
  /** 1 where the cell differs from the compared plan. */
  readonly diff: Uint8Array | null;
  readonly selection: Rect | null;
  readonly hover: number | null;
  /** Cells under the one hovered in the aligned plan beside (outlined as a block). */
  readonly highlight?: Rect | null;
}

/** The plan at one canvas pixel per cell (colours) or per patch pixel (preview). */
function planImage(layers: StageLayers, kind: 'colors' | 'preview'): HTMLCanvasElement {
  const { width, height, ids, codebook } = layers;
  const patch = kind === 'preview' && codebook ? codebook.patch : 1;
  const canvas = document.createElement('canvas');
  canvas.width = width * patch;
  canvas.height = height * patch;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const image = ctx.createImageData(canvas.width, canvas.height);
  for (let i = 0; i < width * height; i++) {
    const id = ids[i] ?? 0;
    const cx = i % width;
    const cy = Math.floor(i / width);
    if (patch === 1) {
      const [r, g, b] = codeColor(id);
      image.data.set([r, g, b, 255], i * 4);
      continue;
    }
    const book = codebook as Codebook;
    const base = id * patch * patch * 3;
    for (let p = 0; p < patch * patch; p++) {
      const px = cx * patch + (p % patch);
      const py = cy * patch + Math.floor(p / patch);
      const at = (py * canvas.width + px) * 4;
      const inBook = id < book.k;
      image.data[at] = inBook ? (book.pixels[base + p * 3] ?? 0) : 0;
      image.data[at + 1] = inBook ? (book.pixels[base + p * 3 + 1] ?? 0) : 0;
      image.data[at + 2] = inBook ? (book.pixels[base + p * 3 + 2] ?? 0) : 0;
      image.data[at + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

let hatch: HTMLCanvasElement | null = null;
function hatchTile(): HTMLCanvasElement {
  if (hatch) return hatch;
  hatch = document.createElement('canvas');
  hatch.width = hatch.height = 8;
  const ctx = hatch.getContext('2d');
  if (ctx) {
    ctx.strokeStyle = 'rgba(255,255,255,0.75)';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.stroke();
  }
  return hatch;
}

export function drawStage(canvas: HTMLCanvasElement, layers: StageLayers): void {
  const { width, height, cell } = layers;
  canvas.width = width * cell;
  canvas.height = height * cell;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.imageSmoothingEnabled = false;
  const base = layers.base === 'preview' && layers.codebook ? 'preview' : 'colors';
  ctx.drawImage(planImage(layers, base), 0, 0, canvas.width, canvas.height);
  if (base === 'colors' && layers.overlay > 0 && layers.codebook) {
    ctx.globalAlpha = layers.overlay;
    ctx.drawImage(planImage(layers, 'preview'), 0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 1;
  }
  const at = (i: number) => [(i % width) * cell, Math.floor(i / width) * cell] as const;
  if (layers.heat)
    for (let i = 0; i < width * height; i++) {
      const [x, y] = at(i);
      ctx.fillStyle = `rgba(240, 40, 60, ${(0.8 * (layers.heat[i] ?? 0)).toFixed(3)})`;
      ctx.fillRect(x, y, cell, cell);
    }
  if (layers.lock) {
    const pattern = ctx.createPattern(hatchTile(), 'repeat');
    for (let i = 0; i < width * height; i++) {
      if (layers.lock[i] !== 1) continue;
      const [x, y] = at(i);
      ctx.fillStyle = 'rgba(0,0,0,0.35)';
      ctx.fillRect(x, y, cell, cell);
      if (pattern) {
        ctx.fillStyle = pattern;
        ctx.fillRect(x, y, cell, cell);
      }
    }
  }
  if (layers.diff) {
    ctx.strokeStyle = '#ffd23f';
    ctx.lineWidth = 2;
    for (let i = 0; i < width * height; i++) {
      if (layers.diff[i] !== 1) continue;
      const [x, y] = at(i);
      ctx.strokeRect(x + 1, y + 1, cell - 2, cell - 2);
    }
  }
  if (cell >= 12) {
    ctx.strokeStyle = 'rgba(0,0,0,0.25)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let x = 1; x < width; x++) {
      ctx.moveTo(x * cell + 0.5, 0);
      ctx.lineTo(x * cell + 0.5, canvas.height);
    }
    for (let y = 1; y < height; y++) {
      ctx.moveTo(0, y * cell + 0.5);
      ctx.lineTo(canvas.width, y * cell + 0.5);
    }
    ctx.stroke();
  }
  if (layers.selection) {
    const s = layers.selection;
    ctx.setLineDash([5, 3]);
    ctx.strokeStyle = '#5b8def';
    ctx.lineWidth = 2;
    ctx.strokeRect(s.x * cell + 1, s.y * cell + 1, s.width * cell - 2, s.height * cell - 2);
    ctx.setLineDash([]);
  }
  if (layers.highlight) {
    const r = layers.highlight;
    const box = [r.x * cell, r.y * cell, r.width * cell, r.height * cell] as const;
    ctx.strokeStyle = 'rgba(0,0,0,0.7)';
    ctx.lineWidth = 4;
    ctx.strokeRect(box[0] + 2, box[1] + 2, box[2] - 4, box[3] - 4);
    ctx.strokeStyle = '#4fd8ff';
    ctx.lineWidth = 2;
    ctx.strokeRect(box[0] + 2, box[1] + 2, box[2] - 4, box[3] - 4);
  }
  if (layers.hover !== null) {
    const [x, y] = at(layers.hover);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, cell - 2, cell - 2);
  }
}
