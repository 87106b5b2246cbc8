import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlyphAtlas } from './glyph-atlas.ts';
import { decoderTextIds, glyphMapToInput, renderGlyphMap } from './glyph-map.ts';
import type { GlyphLayoutSpec } from './glyph-spec.ts';
import { fitHeadline, headlineWidth, layoutHeadline } from './headline.ts';

const MODEL_DIR = resolve(import.meta.dirname, '../../../../models/tessera-tiny');
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(MODEL_DIR, path), 'utf8'));
const atlas = parseGlyphAtlas(readJson('glyph_atlas.json'));
const spec: GlyphLayoutSpec = {
  canvas: 256,
  sizesPx: [42, 34, 28],
  maxWidthPx: 232,
  rowCenters: [43, 128, 213],
  marginPx: 12,
  textLength: 24,
};
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

interface Vector {
  id: string;
  prompt: string;
  glyph_map_sha256: string;
  headline: { text: string; ink_box: [number, number, number, number] };
}
const vectors = (readJson('train/heldout_prompts.json') as { prompts: Vector[] }).prompts;

/** Bounding box [x0, y0, x1, y1) of the non-zero pixels. */
function inkBox(map: Uint8Array): number[] {
  let [x0, y0, x1, y1] = [256, 256, 0, 0];
  map.forEach((a, i) => {
    if (a === 0) return;
    const x = i % 256;
    const y = Math.floor(i / 256);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
  });
  return [x0, y0, x1, y1];
}

describe('renderGlyphMap', () => {
  it('reproduces all 64 held-out glyph maps byte for byte', () => {
    expect(vectors.length).toBe(64);
    const wrong = vectors.filter(
      (v) => sha256(renderGlyphMap(v.prompt, atlas, spec)) !== v.glyph_map_sha256,
    );
    expect(wrong.map((v) => v.id)).toEqual([]);
  });

  it('puts the ink where the recipe says the headline is', () => {
    for (const v of vectors.slice(0, 8)) {
      const box = inkBox(renderGlyphMap(v.prompt, atlas, spec));
      const [x0, y0, x1, y1] = v.headline.ink_box;
      // ink_box is the union of glyph boxes; real ink lies inside it.
      expect(box[0]).toBeGreaterThanOrEqual(x0);
      expect(box[1]).toBeGreaterThanOrEqual(y0);
      expect(box[2]).toBeLessThanOrEqual(x1);
      expect(box[3]).toBeLessThanOrEqual(y1);
    }
  });

  it('gives the same map for straight, curly and single quotes', () => {
    const straight = renderGlyphMap('poster, headline "OPEN" at top left', atlas, spec);
    expect(renderGlyphMap('poster, headline \u201cOPEN\u201d at top left', atlas, spec)).toEqual(
      straight,
    );
    expect(renderGlyphMap("poster, headline 'OPEN' at top left", atlas, spec)).toEqual(straight);
    expect(renderGlyphMap('poster, headline "open" AT TOP LEFT', atlas, spec)).toEqual(straight);
  });

  it('places the zone: left margin, centred, right margin; rows by their centres', () => {
    const at = (zone: string) => inkBox(renderGlyphMap(`x "HI" at ${zone}`, atlas, spec));
    const left = at('top left');
    const right = at('bottom right');
    const centre = at('center');
    expect(left[0]).toBeGreaterThanOrEqual(12);
    expect(left[0]).toBeLessThan(20);
    expect(right[2]).toBeLessThanOrEqual(244);
    expect(right[2]).toBeGreaterThan(236);
    expect(Math.abs((centre[0] ?? 0) + (centre[2] ?? 0) - 256)).toBeLessThan(8);
    expect(left[3]).toBeLessThan(85);
    expect(right[1]).toBeGreaterThan(171);
    expect(at('top')).toEqual(at('top center'));
  });

  it('defaults to the centre when no zone follows the quote', () => {
    const centred = renderGlyphMap('"GO" at center', atlas, spec);
    expect(renderGlyphMap('"GO" somewhere, at top left', atlas, spec)).toEqual(centred);
    expect(renderGlyphMap('headline "GO"', atlas, spec)).toEqual(centred);
  });

  it('is all zeros without quoted text, or with nothing drawable in it', () => {
    for (const prompt of ['teal poster, red circle top left', 'a "" b', 'x "ééé" at top']) {
      expect(renderGlyphMap(prompt, atlas, spec).every((a) => a === 0)).toBe(true);
    }
  });

  it('shrinks long headlines, then truncates them to fit', () => {
    expect(fitHeadline('SALE', atlas, spec).face.sizePx).toBe(42);
    const long = fitHeadline('WWWWWWWWWWWWWWWWWWWWWWWW', atlas, spec);
    expect(long.face.sizePx).toBe(28);
    expect(long.text.length).toBeLessThan(24);
    expect(headlineWidth(long.text, long.face)).toBeLessThanOrEqual(232);
    expect(fitHeadline('  big   sale é!  ', atlas, spec).text).toBe('BIG SALE !');
    const l = layoutHeadline('AB', 2, 2, atlas, spec);
    expect(l.x0 + l.width).toBe(244);
  });

  it('scales the map to [0, 1] for the expander', () => {
    const input = glyphMapToInput(Uint8Array.from([0, 255, 51]));
    expect(Array.from(input)).toEqual([0, 1, Math.fround(0.2)]);
  });
});

describe('decoderTextIds', () => {
  it('gives the fitted text as UTF-8 bytes, zero-padded to 24', () => {
    const ids = decoderTextIds('poster, headline "sale  50%" at top', atlas, spec);
    expect(ids.length).toBe(24);
    expect(Array.from(ids.subarray(0, 9), Number)).toEqual([...Buffer.from('SALE 50%'), 0]);
    expect(decoderTextIds('no quotes', atlas, spec).every((b) => b === 0n)).toBe(true);
  });
});
