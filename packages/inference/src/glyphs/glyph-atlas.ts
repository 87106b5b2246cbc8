import { z } from 'zod';

/** One pre-rendered character: an 8-bit alpha bitmap and where it sits relative to the pen. */
export interface Glyph {
  readonly advance: number;
  /** Offset of the bitmap from the pen position (x) and from the baseline (y, negative = up). */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Row-major alpha, width × height bytes. */
  readonly alpha: Uint8Array;
}

export interface GlyphFace {
  readonly sizePx: number;
  readonly capHeight: number;
  readonly glyphs: ReadonlyMap<string, Glyph>;
}

/** The model package's `glyph_atlas.json`: the characters it can draw, at each size. */
export interface GlyphAtlas {
  readonly charset: string;
  readonly faces: ReadonlyMap<number, GlyphFace>;
}

const zInt = z.number().int();
const zGlyph = z.object({
  advance: zInt,
  left: zInt,
  top: zInt,
  w: zInt.nonnegative(),
  h: zInt.nonnegative(),
  alpha: z.string(),
});
const zAtlas = z.object({
  charset: z.string().min(1),
  sizes: z.record(
    z.string().regex(/^\d+$/),
    z.object({ cap_height: zInt, chars: z.record(z.string(), zGlyph) }),
  ),
});

/** Parses and checks an atlas (every charset character present at every size, bitmap sizes). */
export function parseGlyphAtlas(json: unknown): GlyphAtlas {
  const raw = zAtlas.parse(json);
  const faces = new Map<number, GlyphFace>();
  for (const [size, face] of Object.entries(raw.sizes)) {
    const glyphs = new Map<string, Glyph>();
    for (const ch of raw.charset) {
      const g = face.chars[ch];
      if (g === undefined) throw new Error(`glyph atlas: size ${size} lacks character "${ch}"`);
      const alpha = new Uint8Array(Buffer.from(g.alpha, 'base64'));
      if (alpha.length !== g.w * g.h) {
        throw new Error(
          `glyph atlas: "${ch}" at size ${size} has ${alpha.length} alpha bytes, expected ${g.w}×${g.h}`,
        );
      }
      glyphs.set(ch, {
        advance: g.advance,
        left: g.left,
        top: g.top,
        width: g.w,
        height: g.h,
        alpha,
      });
    }
    faces.set(Number(size), { sizePx: Number(size), capHeight: face.cap_height, glyphs });
  }
  return { charset: raw.charset, faces };
}
