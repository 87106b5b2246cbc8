/** Headline comparison used by the evaluation: NFKC, upper-case, whitespace collapsed, trimmed. */
export function normaliseHeadline(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim();
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
): boolean {
  const wanted = normaliseHeadline(headline);
  if (lines.some((line) => normaliseHeadline(line.text) === wanted)) return true;
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
  return inside.length > 0 && normaliseHeadline(inside.map((l) => l.text).join(' ')) === wanted;
}
