import type { OcrBox } from './types.ts';

/**
 * Sorts items into reading order: top-to-bottom, and left-to-right within a row. Two boxes
 * share a row when their vertical overlap is at least half the shorter one's height.
 */
export function sortReadingOrder<T extends { readonly box: OcrBox }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const rows: T[][] = [];
  for (const item of byTop) {
    const row = rows.find((candidate) => candidate.some((other) => sameRow(other.box, item.box)));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x));
}

function sameRow(a: OcrBox, b: OcrBox): boolean {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap >= 0.5 * Math.min(a.height, b.height);
}
