/** Row and column of a zone in the 3×3 grid: 0 = top/left, 1 = center, 2 = bottom/right. */
export type ZoneIndex = 0 | 1 | 2;

export interface QuotedText {
  /** The raw text between the first pair of quotes, or null when the prompt quotes nothing. */
  readonly text: string | null;
  readonly row: ZoneIndex;
  readonly col: ZoneIndex;
}

// The first "…", “…” or '…' span; the earliest opening quote wins.
const QUOTE = /"([^"]*)"|\u201c([^\u201d]*)\u201d|'([^']*)'/;
// `at <row> [<col>]` right after the closing quote (sticky: must start there).
const ZONE = /\s*at\s+(top|center|bottom)(?:\s+(left|center|right))?/iy;
const ROWS = ['top', 'center', 'bottom'] as const;
const COLS = ['left', 'center', 'right'] as const;

function zoneIndex(names: readonly string[], name: string | undefined): ZoneIndex {
  const i = name === undefined ? 1 : names.indexOf(name.toLowerCase());
  return i === 0 || i === 2 ? i : 1;
}

/**
 * The quoted headline of a prompt and its zone: `at <row> [<col>]` right after the closing quote
 * (case-insensitive; column defaults to center; no zone means center/center).
 */
export function parseQuotedText(prompt: string): QuotedText {
  const m = QUOTE.exec(prompt);
  if (m === null) return { text: null, row: 1, col: 1 };
  const text = m[1] ?? m[2] ?? m[3] ?? '';
  ZONE.lastIndex = m.index + m[0].length;
  const z = ZONE.exec(prompt);
  if (z === null) return { text, row: 1, col: 1 };
  return { text, row: zoneIndex(ROWS, z[1]), col: zoneIndex(COLS, z[2]) };
}
