import type { RgbImage } from './image.ts';

/** Columns `[start, end)` of a crop. */
export interface ColumnRange {
  readonly start: number;
  readonly end: number;
}

/** Below this contrast between ink and background (0–255, per channel) nothing is judged. */
const MIN_CONTRAST = 64;
/** A row holds ink when at least this many of its pixels are ink (noise aside). */
const MIN_INK_PIXELS = 2;
/**
 * A column holds ink when at least this share of the ink's height is ink: the outermost column
 * of a bold letter has a good run of ink, a speck left in a gap by the decoder does not.
 */
const MIN_COLUMN_INK = 0.06;

/** Per-channel median of the crop's outermost pixels: the background around one line. */
function borderMedian(crop: RgbImage): [number, number, number] {
  const { width, height, data } = crop;
  const channels: number[][] = [[], [], []];
  const take = (x: number, y: number): void => {
    const i = (y * width + x) * 3;
    for (let c = 0; c < 3; c++) channels[c]!.push(data[i + c] ?? 0);
  };
  for (let x = 0; x < width; x++) {
    take(x, 0);
    take(x, height - 1);
  }
  for (let y = 1; y < height - 1; y++) {
    take(0, y);
    take(width - 1, y);
  }
  const median = (values: number[]): number =>
    values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
  return [median(channels[0]!), median(channels[1]!), median(channels[2]!)];
}

/** Each pixel's distance from the background: the largest per-channel difference. */
function distances(crop: RgbImage, background: readonly number[]): Uint8Array {
  const out = new Uint8Array(crop.width * crop.height);
  for (let p = 0, i = 0; p < out.length; p++, i += 3) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs((crop.data[i + c] ?? 0) - background[c]!));
    out[p] = d;
  }
  return out;
}

/** The value below which `fraction` of the distances lie. */
function percentile(values: Uint8Array, fraction: number): number {
  const histogram = new Uint32Array(256);
  for (const v of values) histogram[v]!++;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= fraction * values.length) return v;
  }
  return 255;
}

/**
 * The word gaps of a crop holding one line of text, as a reader's eye finds them: ink is what
 * differs from the background (the median of the crop's border) by at least half the line's
 * contrast; a column is inked when a good share of the ink's height is ink there (a speck
 * is not); a word gap is a run of columns without ink, between inked columns, at least
 * `minGap` times the height of the ink wide. Letters sit closer than that (in DejaVu Sans Bold
 * at most 0.39 of the cap height apart, `!!`; letters and digits 0.29), word spaces further.
 * None when the crop has too little contrast to tell ink from background.
 */
export function findWordGaps(crop: RgbImage, minGap: number): ColumnRange[] {
  const { width, height } = crop;
  if (width < 3 || height < 3 || minGap <= 0) return [];
  const distance = distances(crop, borderMedian(crop));
  const contrast = percentile(distance, 0.99);
  if (contrast < MIN_CONTRAST) return [];
  const inkFrom = Math.ceil(contrast / 2);
  const columnInk = new Uint32Array(width);
  const rowInk = new Uint32Array(height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((distance[y * width + x] ?? 0) < inkFrom) continue;
      columnInk[x]!++;
      rowInk[y]!++;
    }
  }
  const inkedRows = [...rowInk.keys()].filter((y) => rowInk[y]! >= MIN_INK_PIXELS);
  const inkHeight = inkedRows.length > 0 ? inkedRows.at(-1)! - inkedRows[0]! + 1 : 0;
  const widest = minGap * inkHeight;
  const inkedColumn = Math.max(MIN_INK_PIXELS, MIN_COLUMN_INK * inkHeight);
  const gaps: ColumnRange[] = [];
  let lastInked = -1;
  for (let x = 0; x < width; x++) {
    if (columnInk[x]! < inkedColumn) continue;
    if (lastInked >= 0 && x - lastInked - 1 >= widest) gaps.push({ start: lastInked + 1, end: x });
    lastInked = x;
  }
  return gaps;
}
