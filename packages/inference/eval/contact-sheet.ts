// Composes rows of 256×256 RGB images with column titles and row captions into one PNG.
import { Canvas } from '@napi-rs/canvas';

export interface SheetImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface SheetRow {
  readonly caption: string;
  readonly images: readonly SheetImage[];
}

const CELL = 256;
const TITLE_HEIGHT = 24;
const CAPTION_HEIGHT = 30;

function toRgba(image: SheetImage): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, o = 0; i < image.data.length; i += 3, o += 4) {
    rgba[o] = image.data[i] ?? 0;
    rgba[o + 1] = image.data[i + 1] ?? 0;
    rgba[o + 2] = image.data[i + 2] ?? 0;
    rgba[o + 3] = 255;
  }
  return rgba;
}

/** Draws each image scaled into a 256×256 cell (nearest neighbour keeps plan mosaics crisp). */
export async function renderContactSheet(
  titles: readonly string[],
  rows: readonly SheetRow[],
): Promise<Uint8Array> {
  const width = CELL * titles.length;
  const height = TITLE_HEIGHT + rows.length * (CELL + CAPTION_HEIGHT);
  const canvas = new Canvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111111';
  ctx.font = 'bold 13px DejaVu Sans, sans-serif';
  titles.forEach((title, column) => ctx.fillText(title, column * CELL + 6, 16));
  ctx.imageSmoothingEnabled = false;
  rows.forEach((row, index) => {
    const top = TITLE_HEIGHT + index * (CELL + CAPTION_HEIGHT);
    row.images.forEach((image, column) => {
      const tile = new Canvas(image.width, image.height);
      const tileCtx = tile.getContext('2d');
      const imageData = tileCtx.createImageData(image.width, image.height);
      imageData.data.set(toRgba(image));
      tileCtx.putImageData(imageData, 0, 0);
      ctx.drawImage(tile, column * CELL, top, CELL, CELL);
    });
    ctx.fillStyle = '#111111';
    ctx.font = '11px DejaVu Sans, sans-serif';
    ctx.fillText(row.caption.slice(0, Math.floor(width / 6.2)), 6, top + CELL + 18);
  });
  return new Uint8Array(await canvas.encode('png'));
}
