/** Where and how large the headline is drawn (the manifest's `glyphs` section). */
export interface GlyphLayoutSpec {
  /** Side of the square map, in pixels. */
  readonly canvas: number;
  /** Sizes to try, largest first; the last one also truncates. */
  readonly sizesPx: readonly number[];
  /** Widest a headline may be, in pixels. */
  readonly maxWidthPx: number;
  /** Vertical centre of the top / center / bottom row. */
  readonly rowCenters: readonly [number, number, number];
  /** Left margin of a left-aligned headline (and right margin of a right-aligned one). */
  readonly marginPx: number;
  /** Bytes of the decoder's `text` input. */
  readonly textLength: number;
}
