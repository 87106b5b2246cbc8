// tessera-posters/1: reads a poster prompt written in everyday words into the structure the
// tessera-tiny model was trained on, and writes its canonical caption.
import { readPart, type Draft, type ReadingSink } from './part-drafts.ts';
import { placeZones } from './place-zones.ts';
import { fitCaption, writeCaption } from './posters-caption.ts';
import { readPromptItems, type PromptItem } from './prompt-items.ts';
import type {
  PromptUnderstanding,
  UnderstoodBlock,
  UnderstoodHeadline,
  UnplacedPart,
} from './understanding.ts';
import { FOOTER_COLOURS, HEADLINE_CHARSET, PALETTE_COLOURS } from './vocabulary.ts';
import { completeZone, zoneName, type Zone } from './zones.ts';

export const POSTERS_LANGUAGE_ID = 'tessera-posters/1';

/** The quoted text as the model was trained on it: upper case, atlas characters, single spaces. */
export function normaliseHeadlineText(quoted: string): string {
  let kept = '';
  for (const ch of quoted.toUpperCase()) if (HEADLINE_CHARSET.includes(ch)) kept += ch;
  return kept.replace(/ +/g, ' ').trim();
}

function splitParts(items: readonly PromptItem[]): PromptItem[][] {
  const parts: PromptItem[][] = [[]];
  for (const item of items) {
    if (item.kind === 'break') parts.push([]);
    else parts.at(-1)?.push(item);
  }
  return parts.filter((part) => part.length > 0);
}

const draftWords = (d: Draft): string =>
  [
    ...d.colours.map((c) => c.raw),
    d.kind === 'block' ? `${d.unknownBefore ?? ''} ${d.raw}`.trim() : d.kind,
    d.zone?.raw ?? '',
  ]
    .filter((w) => w !== '')
    .join(' ');

function zoneOf(d: Draft, unplaced: UnplacedPart[]): Zone | undefined {
  if (d.zone === undefined) {
    unplaced.push({ words: draftWords(d), reason: 'no zone named (say e.g. "in the top left")' });
    return undefined;
  }
  if (d.zone.parts === undefined) {
    unplaced.push({ words: draftWords(d), reason: `"${d.zone.raw}": ${d.zone.problem ?? ''}` });
    return undefined;
  }
  return completeZone(d.zone.parts);
}

function readBlocks(drafts: readonly Draft[], unplaced: UnplacedPart[]): UnderstoodBlock[] {
  const blocks: UnderstoodBlock[] = [];
  for (const d of drafts) {
    if (d.kind !== 'block') continue;
    const colour = d.colours[0];
    if (colour === undefined) {
      const reason =
        d.unknownBefore === undefined
          ? 'no colour named'
          : `"${d.unknownBefore}" is not a colour the model knows (${PALETTE_COLOURS.join(', ')})`;
      unplaced.push({ words: draftWords(d), reason });
      continue;
    }
    const zone = zoneOf(d, unplaced);
    if (zone === undefined) continue;
    const name = zoneName(zone);
    if (blocks.some((b) => b.zone === name)) {
      unplaced.push({ words: draftWords(d), reason: `the ${name} zone already has a shape` });
      continue;
    }
    blocks.push({ color: colour.colour, shape: d.shape, zone: name, ...zone });
  }
  return blocks;
}

function readHeadline(
  drafts: readonly Draft[],
  unplaced: UnplacedPart[],
  notes: string[],
): UnderstoodHeadline | null {
  const quotes = drafts.filter((d) => d.kind === 'headline');
  for (const extra of quotes.slice(1)) {
    unplaced.push({ words: `"${extra.text}"`, reason: 'the model draws one quoted headline' });
  }
  const first = quotes[0];
  if (first === undefined) return null;
  const text = normaliseHeadlineText(first.text);
  if (text === '') {
    unplaced.push({ words: `"${first.text}"`, reason: 'nothing in the quotes the model can draw' });
    return null;
  }
  let zone: Zone = { row: 1, col: 1 };
  if (first.zone?.parts !== undefined) zone = completeZone(first.zone.parts);
  else if (first.zone === undefined)
    notes.push('the headline names no zone: it goes in the center');
  else notes.push(`headline zone "${first.zone.raw}": ${first.zone.problem ?? ''}; the center`);
  return { text, quoted: first.text, zone: zoneName(zone), ...zone };
}

function readBackground(drafts: readonly Draft[], unplaced: UnplacedPart[]): string[] {
  const named = drafts.filter((d) => d.kind === 'background' && d.colours.length > 0);
  const [first, ...others] = named;
  for (const other of others) {
    const same =
      other.colours.map((c) => c.colour).join() === first?.colours.map((c) => c.colour).join();
    if (!same) unplaced.push({ words: draftWords(other), reason: 'the background is named twice' });
  }
  return first?.colours.map((c) => c.colour) ?? [];
}

function readFooter(drafts: readonly Draft[], unplaced: UnplacedPart[]): string | null {
  const footer = drafts.find((d) => d.kind === 'footer');
  if (footer === undefined) return null;
  const colour = footer.colours[0]?.colour;
  if (colour !== undefined && FOOTER_COLOURS.includes(colour)) return colour;
  unplaced.push({ words: draftWords(footer), reason: 'the footer bar comes in white or black' });
  return null;
}

/** The tessera-posters/1 reading of a prompt. Deterministic; canonical captions map to themselves. */
export function understandPosterPrompt(text: string): PromptUnderstanding {
  const sink: ReadingSink = { ignored: [], unplaced: [] };
  const parts = splitParts(readPromptItems(text)).map((items) => ({
    items,
    reading: readPart(items, sink),
  }));
  const drafts = placeZones(parts, sink);
  const notes: string[] = [];
  const { unplaced } = sink;
  const background = readBackground(drafts, unplaced);
  const headline = readHeadline(drafts, unplaced, notes);
  if (headline === null && parts.some((p) => p.reading.headlineWords > 0)) {
    unplaced.push({ words: 'headline', reason: 'put the words to draw in quotes' });
  }
  const fitted = fitCaption(
    {
      background,
      blocks: readBlocks(drafts, unplaced),
      headline,
      footer: readFooter(drafts, unplaced),
    },
    unplaced,
  );
  if (background.length === 0) notes.push('no background colour named: the model picks one');
  return {
    language: POSTERS_LANGUAGE_ID,
    ...fitted,
    ignored: [...new Set(sink.ignored)],
    unplaced,
    notes,
    caption: writeCaption(fitted),
  };
}
