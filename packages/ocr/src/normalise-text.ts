/**
 * Canonical form for exact-match comparisons: Unicode NFKC (so full-width letters and
 * punctuation the recogniser may emit match their ASCII forms), upper case, runs of
 * whitespace collapsed to one space, trimmed.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim();
}

/** True when two texts are equal after `normaliseText`. */
export function textMatches(actual: string, expected: string): boolean {
  return normaliseText(actual) === normaliseText(expected);
}
