// Zones of the 3×3 grid and the words people use for them ("top left", "in the upper-left
// corner", "at the top", "on the right side", "centre").

/** Row or column in the 3×3 grid: 0 = top / left, 1 = center, 2 = bottom / right. */
export type ZoneIndex = 0 | 1 | 2;

export interface Zone {
  readonly row: ZoneIndex;
  readonly col: ZoneIndex;
}

const ROW_NAMES = ['top', 'center', 'bottom'] as const;
const COL_NAMES = ['left', 'center', 'right'] as const;

/** The training captions' words for a zone: "top left", …, "center" for the middle cell. */
export function zoneName(zone: Zone): string {
  if (zone.row === 1 && zone.col === 1) return 'center';
  return `${ROW_NAMES[zone.row]} ${COL_NAMES[zone.col]}`;
}

/** Words that set a row or a column; center words set whichever the others leave open. */
const ROW_WORDS: Readonly<Record<string, ZoneIndex>> = { top: 0, upper: 0, bottom: 2, lower: 2 };
const COL_WORDS: Readonly<Record<string, ZoneIndex>> = { left: 0, right: 2 };
const CENTER_WORDS = new Set(['center', 'middle', 'central']);
/** Words that may sit inside a zone phrase without changing it ("top left-hand corner"). */
const ZONE_FILLERS = new Set([
  'corner',
  'corners',
  'side',
  'sides',
  'edge',
  'hand',
  'half',
  'part',
  'area',
  'section',
  'region',
  'third',
]);

/** Whether a word can start a zone phrase. */
export function isZoneWord(word: string): boolean {
  return word in ROW_WORDS || word in COL_WORDS || CENTER_WORDS.has(word);
}

/** Whether a word may continue a zone phrase. */
export function continuesZone(word: string): boolean {
  return isZoneWord(word) || ZONE_FILLERS.has(word);
}

/** A zone phrase read so far: the row and column it names, if any. */
export interface ZoneParts {
  readonly row?: ZoneIndex;
  readonly col?: ZoneIndex;
}

/** The zone of a phrase's words, or the reason it names none ("top" and "bottom" at once). */
export function readZoneWords(words: readonly string[]): ZoneParts | { conflict: string } {
  let row: ZoneIndex | undefined;
  let col: ZoneIndex | undefined;
  for (const word of words) {
    const r = ROW_WORDS[word];
    const c = COL_WORDS[word];
    if (r !== undefined) {
      if (row !== undefined && row !== r) return { conflict: 'it names two rows' };
      row = r;
    }
    if (c !== undefined) {
      if (col !== undefined && col !== c) return { conflict: 'it names two columns' };
      col = c;
    }
  }
  return { ...(row !== undefined ? { row } : {}), ...(col !== undefined ? { col } : {}) };
}

/** Two phrases of one place ("at the top, on the left"), or undefined when they overlap. */
export function mergeZoneParts(a: ZoneParts, b: ZoneParts): ZoneParts | undefined {
  if (a.row !== undefined && b.row !== undefined) return undefined;
  if (a.col !== undefined && b.col !== undefined) return undefined;
  const row = a.row ?? b.row;
  const col = a.col ?? b.col;
  return { ...(row !== undefined ? { row } : {}), ...(col !== undefined ? { col } : {}) };
}

/** The zone a phrase names: an axis it leaves open is the center ("top" = top center). */
export function completeZone(parts: ZoneParts): Zone {
  return { row: parts.row ?? 1, col: parts.col ?? 1 };
}
