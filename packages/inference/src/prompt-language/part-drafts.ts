// One part of a prompt (between commas, "and", "with", …) read into drafts: the background,
// shapes, footer and headline it names, the zone phrases in it, and what it leaves over.
import type { PromptItem } from './prompt-items.ts';
import type { UnplacedPart } from './understanding.ts';
import type { PaletteColour, Shape } from './vocabulary.ts';
import type { ZoneParts } from './zones.ts';

export interface NamedColour {
  readonly colour: PaletteColour;
  readonly raw: string;
}

/** A zone phrase: where it stands in its part, and what it names (or why it names nothing). */
export interface ZoneMark {
  readonly at: number;
  readonly raw: string;
  readonly parts?: ZoneParts;
  readonly problem?: string;
}

interface DraftBase {
  /** Index of the item that made it, within its part. */
  readonly at: number;
  colours: NamedColour[];
  zone?: ZoneMark;
}

export type Draft =
  | (DraftBase & {
      readonly kind: 'block';
      readonly shape: Shape;
      readonly plural: boolean;
      readonly raw: string;
      /** An unknown word right before the shape: most likely a colour the model lacks. */
      readonly unknownBefore?: string;
    })
  | (DraftBase & { readonly kind: 'background'; gradient: boolean })
  | (DraftBase & { readonly kind: 'footer' })
  | (DraftBase & { readonly kind: 'headline'; readonly text: string });

export interface PartReading {
  readonly drafts: Draft[];
  readonly zones: ZoneMark[];
  readonly headlineWords: number;
}

export interface ReadingSink {
  readonly ignored: string[];
  readonly unplaced: UnplacedPart[];
}

const NOUNS = new Set([
  'shape',
  'background-word',
  'footer-word',
  'headline-word',
  'gradient-word',
]);
const SKIPPED = new Set(['grammar', 'unknown', 'colour', 'link']);

/** The first item after `from` that is not a linking, unknown or colour word. */
function nextMeaningful(items: readonly PromptItem[], from: number): PromptItem | undefined {
  for (let i = from; i < items.length; i++) {
    const item = items[i];
    if (item !== undefined && !SKIPPED.has(item.kind)) return item;
  }
  return undefined;
}

function wantsColour(draft: Draft): boolean {
  if (draft.kind === 'headline') return false;
  const room = draft.kind === 'background' && draft.gradient ? 2 : 1;
  return draft.colours.length < room;
}

function previousWord(items: readonly PromptItem[], at: number, skipArticles: boolean): string {
  for (let i = at - 1; i >= 0; i--) {
    const item = items[i];
    if (item?.kind !== 'grammar') return '';
    if (skipArticles && ['a', 'an', 'the'].includes(item.word)) continue;
    return item.word;
  }
  return '';
}

/** Reads one part. Unknown words go to `sink.ignored`; colours that fit nothing to `unplaced`. */
export function readPart(items: readonly PromptItem[], sink: ReadingSink): PartReading {
  const drafts: Draft[] = [];
  const zones: ZoneMark[] = [];
  let pending: NamedColour[] = [];
  let pendingAt = -1;
  let linked = false;
  let headlineWords = 0;
  const take = (count: number): NamedColour[] => {
    const taken = pending.slice(-count);
    for (const extra of pending.slice(0, -count)) {
      sink.unplaced.push({ words: extra.raw, reason: 'one colour per shape' });
    }
    pending = [];
    linked = false;
    return taken;
  };
  const lastBackground = (): Extract<Draft, { kind: 'background' }> | undefined =>
    drafts.findLast((d) => d.kind === 'background');

  items.forEach((item, at) => {
    switch (item.kind) {
      case 'colour': {
        const next = nextMeaningful(items, at + 1);
        const owner = drafts.findLast(wantsColour);
        if ((next === undefined || !NOUNS.has(next.kind)) && owner !== undefined) {
          owner.colours.push({ colour: item.colour, raw: item.raw });
          return;
        }
        if (pending.length === 0) pendingAt = at;
        pending.push({ colour: item.colour, raw: item.raw });
        return;
      }
      case 'link':
        if (pending.length > 0) linked = true;
        return;
      case 'shape': {
        const before = items[at - 1];
        const footer = drafts.at(-1);
        if (item.shape === 'bar' && footer?.kind === 'footer' && footer.at === at - 1) return;
        // "on navy, a yellow disc": the colour after "on" is the background.
        const first = pending[0];
        if (
          pending.length > 1 &&
          first !== undefined &&
          previousWord(items, pendingAt, true) === 'on'
        ) {
          drafts.push({ kind: 'background', at: pendingAt, colours: [first], gradient: false });
          pending = pending.slice(1);
        }
        drafts.push({
          kind: 'block',
          at,
          shape: item.shape,
          plural: item.plural,
          raw: item.raw,
          colours: pending.length > 0 ? take(1) : [],
          ...(before?.kind === 'unknown' ? { unknownBefore: before.raw } : {}),
        });
        return;
      }
      case 'background-word':
      case 'gradient-word': {
        const gradient = item.kind === 'gradient-word';
        // "in the top left of the poster": a place, not a background.
        if (!gradient && pending.length === 0 && previousWord(items, at, true) === 'of') return;
        const open = lastBackground();
        const reuse = open !== undefined && (pending.length === 0 || open.colours.length === 0);
        const draft = reuse ? open : { kind: 'background' as const, at, colours: [], gradient };
        if (!reuse) drafts.push(draft);
        draft.gradient ||= gradient || (linked && pending.length >= 2);
        if (pending.length > 0) draft.colours.push(...take(draft.gradient ? 2 : 1));
        return;
      }
      case 'footer-word':
        drafts.push({ kind: 'footer', at, colours: pending.length > 0 ? take(1) : [] });
        return;
      case 'headline-word':
        headlineWords++;
        // "white text", "a black headline": the model picks the text colour itself.
        for (const colour of pending) sink.ignored.push(colour.raw);
        pending = [];
        linked = false;
        return;
      case 'quote':
        drafts.push({ kind: 'headline', at, colours: [], text: item.text });
        return;
      case 'zone':
        zones.push({ at, raw: item.raw, parts: item.parts });
        return;
      case 'bad-zone':
        zones.push({ at, raw: item.raw, problem: item.reason });
        return;
      case 'unknown':
        sink.ignored.push(item.raw);
        return;
      case 'grammar':
      case 'break':
        return;
    }
  });
  if (pending.length > 0) {
    // "on navy": a colour after "on" with nothing else to colour is the background.
    if (previousWord(items, pendingAt, true) === 'on') {
      const gradient = linked && pending.length >= 2;
      drafts.push({ kind: 'background', at: pendingAt, colours: take(gradient ? 2 : 1), gradient });
    } else {
      for (const colour of pending) {
        sink.unplaced.push({ words: colour.raw, reason: 'a colour with no shape to colour' });
      }
    }
  }
  return { drafts, zones, headlineWords };
}
