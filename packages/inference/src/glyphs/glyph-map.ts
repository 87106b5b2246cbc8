import type { GlyphAtlas } from './glyph-atlas.ts';
import type { GlyphLayoutSpec } from './glyph-spec.ts';
import { fitHeadline, layoutHeadline } from './headline.ts';
import { type QuotedText, parseQuotedText } from './quoted-text.ts';

/**
 * The headline glyph map of a prompt: the quoted text, fitted and placed in its zone, blitted from
 * the atlas as 8-bit alpha into a `canvas × canvas` map (row-major). Overlapping glyphs take the
 * maximum; pixels outside the canvas are clipped. All zeros when the prompt quotes nothing.
 * Byte-identical to the recipe's `glyphs.py`.
 */
export function renderGlyphMap(
  prompt: string,
  atlas: GlyphAtlas,
  spec: GlyphLayoutSpec,
): Uint8Array {
  return renderHeadlineGlyphMap(parseQuotedText(prompt), atlas, spec);
}

/** The glyph map of a headline already read from its prompt (a prompt language's headline). */
export function renderHeadlineGlyphMap(
  headline: QuotedText,
  atlas: GlyphAtlas,
  spec: GlyphLayoutSpec,
): Uint8Array {
  const size = spec.canvas;
  const out = new Uint8Array(size * size);
  const { text, row, col } = headline;
  if (text === null || text === '') return out;
  const layout = layoutHeadline(text, row, col, atlas, spec);
  let x = layout.x0;
  for (const ch of layout.text) {
    const g = layout.face.glyphs.get(ch);
    if (g === undefined) continue; // cannot happen: the text is normalised to the charset
    const gx = x + g.left;
    const gy = layout.baseline + g.top;
    const bx0 = Math.max(0, -gx);
    const by0 = Math.max(0, -gy);
    const bx1 = Math.min(g.width, size - gx);
    const by1 = Math.min(g.height, size - gy);
    for (let by = by0; by < by1; by++) {
      const src = by * g.width;
      const dst = (gy + by) * size + gx;
      for (let bx = bx0; bx < bx1; bx++) {
        const a = g.alpha[src + bx] ?? 0;
        if (a > (out[dst + bx] ?? 0)) out[dst + bx] = a;
      }
    }
    x += g.advance;
  }
  return out;
}

/** The expander's `glyph` input: the map scaled to [0, 1] as float32 (`alpha / 255`). */
export function glyphMapToInput(map: Uint8Array): Float32Array {
  const out = new Float32Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = (map[i] ?? 0) / 255;
  return out;
}

/**
 * The decoder's `text` input: UTF-8 bytes of the quoted text as drawn (normalised and fitted),
 * truncated to `textLength` and zero-padded. All zeros when the prompt quotes nothing.
 */
export function decoderTextIds(
  prompt: string,
  atlas: GlyphAtlas,
  spec: GlyphLayoutSpec,
): BigInt64Array {
  return headlineTextIds(parseQuotedText(prompt).text, atlas, spec);
}

/** The decoder's `text` input for a headline already read from its prompt (null: none). */
export function headlineTextIds(
  text: string | null,
  atlas: GlyphAtlas,
  spec: GlyphLayoutSpec,
): BigInt64Array {
  const out = new BigInt64Array(spec.textLength);
  if (text === null || text === '') return out;
  const bytes = new TextEncoder().encode(fitHeadline(text, atlas, spec).text);
  for (let i = 0; i < Math.min(bytes.length, out.length); i++) out[i] = BigInt(bytes[i] ?? 0);
  return out;
}
