// Splits a prompt into quoted text, words and breaks. Words are lower-cased and spelled the US
// way; hyphens and slashes join nothing ("top-left" = "top left"); quoted text is kept verbatim.

export type PromptToken =
  | { readonly kind: 'quote'; readonly text: string }
  | { readonly kind: 'word'; readonly word: string; readonly raw: string }
  | { readonly kind: 'break' };

// "…", “…”, or '…' opening at the start or after a space or bracket and closing before a
// non-letter, so "don't" opens nothing and 'DON'T MISS' is one quote.
const QUOTE = /"([^"]*)"|\u201c([^\u201d]*)\u201d|(?<=^|[\s([])'((?:[^']|'(?=\p{L}))*)'(?!\p{L})/gu;
// A word (letters, digits, apostrophes inside) or a punctuation mark that ends a part.
const PIECE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[,;.!?]/gu;

/** British spellings people write, as the vocabulary spells them. */
const US_SPELLING: Readonly<Record<string, string>> = {
  colour: 'color',
  colours: 'colors',
  coloured: 'colored',
  centre: 'center',
  centred: 'centered',
  centres: 'centers',
  grey: 'gray',
};

/** The word as the vocabulary spells it: lower case, US spelling. */
export function normaliseWord(raw: string): string {
  const lower = raw.toLowerCase();
  return US_SPELLING[lower] ?? lower;
}

function wordsAndBreaks(text: string, out: PromptToken[]): void {
  for (const match of text.matchAll(PIECE)) {
    const raw = match[0];
    if (/^[,;.!?]$/.test(raw)) out.push({ kind: 'break' });
    else out.push({ kind: 'word', word: normaliseWord(raw), raw });
  }
}

/** The prompt's tokens in order. */
export function readPromptTokens(text: string): PromptToken[] {
  const out: PromptToken[] = [];
  let at = 0;
  for (const match of text.matchAll(QUOTE)) {
    wordsAndBreaks(text.slice(at, match.index), out);
    out.push({ kind: 'quote', text: match[1] ?? match[2] ?? match[3] ?? '' });
    at = match.index + match[0].length;
  }
  wordsAndBreaks(text.slice(at), out);
  return out;
}
