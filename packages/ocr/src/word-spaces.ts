import type { ColumnRange } from './word-gaps.ts';

/**
 * Puts a space between two read characters that sit on either side of a word gap where the
 * recogniser read none (PP-OCRv4's Chinese-trained recogniser often drops the space of a short
 * two-word line, `FREE 87` → `FREE87`, however wide the gap). `xs[i]` is where `text[i]` was
 * read, in the gaps' columns; a gap counts when its middle lies between the two characters.
 */
export function insertWordSpaces(
  text: string,
  xs: readonly number[],
  gaps: readonly ColumnRange[],
): string {
  if (xs.length !== text.length) {
    throw new RangeError(`${xs.length} positions for ${text.length} characters`);
  }
  let out = text.slice(0, 1);
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!;
    const here = text[i]!;
    const left = xs[i - 1]!;
    const right = xs[i]!;
    const gapBetween = gaps.some(({ start, end }) => {
      const middle = (start + end) / 2;
      return left < middle && middle < right;
    });
    if (gapBetween && before !== ' ' && here !== ' ') out += ' ';
    out += here;
  }
  return out;
}
