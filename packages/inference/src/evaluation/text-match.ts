/**
 * How spaces count when a headline is compared: `collapse` (the default; `SALE32` for `SALE 32`
 * is a miss) or `remove` (the held-out suite's documented rule: OCR often drops a space).
 */
export type SpaceRule = 'collapse' | 'remove';

/** Headline comparison used by the evaluation: NFKC, upper-case, whitespace collapsed, trimmed. */
export function normaliseHeadline(text: string, spaces: SpaceRule = 'collapse'): string {
  const upper = text.normalize('NFKC').toUpperCase();
  return spaces === 'remove' ? upper.replace(/\s+/g, '') : upper.replace(/\s+/g, ' ').trim();
}

export interface ReadLine {
  readonly text: string;
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/**
 * Whether OCR read the headline back exactly: some detected line equals it, or the lines whose
 * centres fall in the headline's (scaled, padded) ink box, read left to right, spell it.
 */
export function headlineReadBack(
  lines: readonly ReadLine[],
  headline: string,
  inkBox: readonly [number, number, number, number],
  scale: number,
  pad = 12,
  spaces: SpaceRule = 'collapse',
): boolean {
  const wanted = normaliseHeadline(headline, spaces);
  if (lines.some((line) => normaliseHeadline(line.text, spaces) === wanted)) return true;
  return headlineReadInBox(lines, headline, inkBox, scale, pad, spaces);
}

/**
 * Whether the lines whose centres fall in the headline's (scaled, padded) ink box, read left to
 * right, spell it: the headline read where the scene puts it, not anywhere on the image.
 */
export function headlineReadInBox(
  lines: readonly ReadLine[],
  headline: string,
  inkBox: readonly [number, number, number, number],
  scale: number,
  pad = 12,
  spaces: SpaceRule = 'collapse',
): boolean {
  const [x0, y0, x1, y1] = inkBox.map((v) => v * scale) as [number, number, number, number];
  const inside = lines
    .filter((line) => {
      const cx = line.box.x + line.box.width / 2;
      const cy = line.box.y + line.box.height / 2;
      return (
        cx >= x0 - pad * scale &&
        cx <= x1 + pad * scale &&
        cy >= y0 - pad * scale &&
        cy <= y1 + pad * scale
      );
    })
    .sort((a, b) => a.box.x - b.box.x);
  const read = normaliseHeadline(inside.map((l) => l.text).join(' '), spaces);
  return inside.length > 0 && read === normaliseHeadline(headline, spaces);
}
