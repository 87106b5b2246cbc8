import type { GlyphAtlas, GlyphFace } from './glyph-atlas.ts';
import type { GlyphLayoutSpec } from './glyph-spec.ts';
import type { ZoneIndex } from './quoted-text.ts';

/** A headline placed on the canvas: the text drawn, its face and the pen start. */
export interface HeadlineLayout {
  readonly text: string;
  readonly face: GlyphFace;
  readonly x0: number;
  readonly baseline: number;
  readonly width: number;
}

/** Upper-cases, drops characters the atlas lacks, collapses runs of spaces and trims. */
export function normalizeHeadline(text: string, atlas: GlyphAtlas): string {
  let kept = '';
  for (const ch of text.toUpperCase()) if (atlas.charset.includes(ch)) kept += ch;
  return kept.replace(/ +/g, ' ').trim();
}

/** Sum of the integer advances (no kerning). */
export function headlineWidth(text: string, face: GlyphFace): number {
  let w = 0;
  for (const ch of text) w += face.glyphs.get(ch)?.advance ?? 0;
  return w;
}

function face(atlas: GlyphAtlas, size: number): GlyphFace {
  const f = atlas.faces.get(size);
  if (f === undefined) throw new Error(`glyph atlas has no ${size} px face`);
  return f;
}

/**
 * The normalised text and the first size at which it fits `maxWidthPx`; if none does, trailing
 * characters (then trailing spaces) are dropped until it fits at the smallest size.
 */
export function fitHeadline(
  raw: string,
  atlas: GlyphAtlas,
  spec: GlyphLayoutSpec,
): { text: string; face: GlyphFace } {
  let text = normalizeHeadline(raw, atlas);
  for (const size of spec.sizesPx) {
    const f = face(atlas, size);
    if (headlineWidth(text, f) <= spec.maxWidthPx) return { text, face: f };
  }
  const smallest = face(atlas, spec.sizesPx.at(-1) ?? 0);
  while (text.length > 0 && headlineWidth(text, smallest) > spec.maxWidthPx) {
    text = text.slice(0, -1).trimEnd();
  }
  return { text, face: smallest };
}

/** Fits the headline and places it in its zone (left / centred / right; row centre + cap/2). */
export function layoutHeadline(
  raw: string,
  row: ZoneIndex,
  col: ZoneIndex,
  atlas: GlyphAtlas,
  spec: GlyphLayoutSpec,
): HeadlineLayout {
  const { text, face: f } = fitHeadline(raw, atlas, spec);
  const width = headlineWidth(text, f);
  const x0 =
    col === 0
      ? spec.marginPx
      : col === 1
        ? Math.floor((spec.canvas - width) / 2)
        : spec.canvas - spec.marginPx - width;
  const baseline = spec.rowCenters[row] + Math.floor(f.capHeight / 2);
  return { text, face: f, x0, baseline, width };
}
