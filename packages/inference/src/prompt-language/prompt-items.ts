// Classifies a prompt's tokens: colours, shapes, zone phrases, the quote, the words that name the
// background, headline or footer, words that only link the others, and words it does not know.
import { readPromptTokens, type PromptToken } from './prompt-tokens.ts';
import {
  BACKGROUND_WORDS,
  COLOUR_PHRASES,
  FOOTER_WORDS,
  GRADIENT_LINKS,
  GRADIENT_WORDS,
  GRAMMAR_WORDS,
  HEADLINE_WORDS,
  PALETTE_COLOURS,
  PART_BREAKS,
  SHAPE_WORDS,
  type PaletteColour,
  type Shape,
} from './vocabulary.ts';
import { continuesZone, isZoneWord, readZoneWords, type ZoneParts } from './zones.ts';

export type PromptItem =
  | { readonly kind: 'colour'; readonly colour: PaletteColour; readonly raw: string }
  | {
      readonly kind: 'shape';
      readonly shape: Shape;
      readonly plural: boolean;
      readonly raw: string;
    }
  | { readonly kind: 'zone'; readonly parts: ZoneParts; readonly raw: string }
  | { readonly kind: 'bad-zone'; readonly reason: string; readonly raw: string }
  | { readonly kind: 'quote'; readonly text: string }
  | { readonly kind: 'headline-word'; readonly raw: string }
  | { readonly kind: 'background-word'; readonly raw: string }
  | { readonly kind: 'gradient-word'; readonly raw: string }
  | { readonly kind: 'footer-word'; readonly raw: string }
  /** "to", "into" (and "and" between two colours): joins the colours of a gradient. */
  | { readonly kind: 'link'; readonly raw: string }
  | { readonly kind: 'grammar'; readonly word: string }
  | { readonly kind: 'unknown'; readonly raw: string }
  | { readonly kind: 'break' };

type Word = Extract<PromptToken, { kind: 'word' }>;

const PALETTE: ReadonlySet<string> = new Set(PALETTE_COLOURS);

function colourAt(tokens: readonly PromptToken[], i: number): [PaletteColour, number] | undefined {
  const a = tokens[i];
  if (a?.kind !== 'word') return undefined;
  const b = tokens[i + 1];
  const phrase = b?.kind === 'word' ? COLOUR_PHRASES[`${a.word} ${b.word}`] : undefined;
  if (phrase !== undefined) return [phrase, 2];
  return PALETTE.has(a.word) ? [a.word as PaletteColour, 1] : undefined;
}

function zoneRun(tokens: readonly PromptToken[], i: number): Word[] {
  const run: Word[] = [];
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || !continuesZone(t.word)) break;
    run.push(t);
  }
  return run;
}

function wordItem(word: Word): PromptItem {
  const { word: w, raw } = word;
  const shape = SHAPE_WORDS[w];
  if (shape !== undefined) return { kind: 'shape', ...shape, raw };
  if (HEADLINE_WORDS.has(w)) return { kind: 'headline-word', raw };
  if (BACKGROUND_WORDS.has(w)) return { kind: 'background-word', raw };
  if (GRADIENT_WORDS.has(w)) return { kind: 'gradient-word', raw };
  if (FOOTER_WORDS.has(w)) return { kind: 'footer-word', raw };
  if (GRADIENT_LINKS.has(w)) return { kind: 'link', raw };
  if (PART_BREAKS.has(w)) return { kind: 'break' };
  if (GRAMMAR_WORDS.has(w)) return { kind: 'grammar', word: w };
  return { kind: 'unknown', raw };
}

/** The items of a prompt, in order. */
export function readPromptItems(text: string): PromptItem[] {
  const tokens = readPromptTokens(text);
  const items: PromptItem[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t === undefined) break;
    if (t.kind !== 'word') {
      items.push(t);
      i++;
      continue;
    }
    const colour = colourAt(tokens, i);
    if (colour !== undefined) {
      const [name, length] = colour;
      const raw = tokens.slice(i, i + length).map((w) => (w.kind === 'word' ? w.raw : ''));
      items.push({ kind: 'colour', colour: name, raw: raw.join(' ') });
      i += length;
      continue;
    }
    if (isZoneWord(t.word)) {
      const run = zoneRun(tokens, i);
      const raw = run.map((w) => w.raw).join(' ');
      const zone = readZoneWords(run.map((w) => w.word));
      items.push(
        'conflict' in zone
          ? { kind: 'bad-zone', reason: zone.conflict, raw }
          : { kind: 'zone', parts: zone, raw },
      );
      i += run.length;
      continue;
    }
    // "and" between two colours joins them ("a red and yellow gradient"); elsewhere it breaks.
    const previous = items.at(-1);
    if (t.word === 'and' && previous?.kind === 'colour' && colourAt(tokens, i + 1)) {
      items.push({ kind: 'link', raw: t.raw });
      i++;
      continue;
    }
    items.push(wordItem(t));
    i++;
  }
  return items;
}
