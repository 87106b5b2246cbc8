// The canonical caption of the tessera-posters language: exactly the training grammar
// (train/scenes.py `caption()`), cut to the planner's byte budget the way training cut it.
import type { UnderstoodBlock, UnderstoodHeadline, UnplacedPart } from './understanding.ts';
import { MAX_CAPTION_BYTES } from './vocabulary.ts';

export interface CaptionParts {
  readonly background: readonly string[];
  readonly blocks: readonly UnderstoodBlock[];
  readonly headline: UnderstoodHeadline | null;
  readonly footer: string | null;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** `<bg> poster` | `<a> to <b> gradient poster`, blocks, `headline "…" at <zone>`, footer. */
export function writeCaption(parts: CaptionParts): string {
  const out: string[] = [];
  const [a, b] = parts.background;
  if (a !== undefined) out.push(b === undefined ? `${a} poster` : `${a} to ${b} gradient poster`);
  for (const block of parts.blocks) out.push(`${block.color} ${block.shape} ${block.zone}`);
  if (parts.headline !== null) {
    out.push(`headline "${parts.headline.text}" at ${parts.headline.zone}`);
  }
  if (parts.footer !== null) out.push(`${parts.footer} footer bar`);
  return out.join(', ');
}

/**
 * The parts that fit the budget: like training, the footer goes first, then the last shapes.
 * What is dropped is reported.
 */
export function fitCaption(
  parts: CaptionParts,
  unplaced: UnplacedPart[],
  maxBytes = MAX_CAPTION_BYTES,
): CaptionParts {
  let fitted = parts;
  const reason = `the caption would pass the model's ${maxBytes} bytes`;
  while (byteLength(writeCaption(fitted)) > maxBytes) {
    if (fitted.footer !== null) {
      unplaced.push({ words: `${fitted.footer} footer bar`, reason });
      fitted = { ...fitted, footer: null };
      continue;
    }
    const last = fitted.blocks.at(-1);
    if (last === undefined) break;
    unplaced.push({ words: `${last.color} ${last.shape} ${last.zone}`, reason });
    fitted = { ...fitted, blocks: fitted.blocks.slice(0, -1) };
  }
  return fitted;
}
