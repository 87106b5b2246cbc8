import type { Box, HeldoutPrompt } from './heldout.ts';

export interface RgbPixels {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel. */
  readonly data: Uint8Array;
}

/** The palette colour nearest (RGB distance) to most pixels of `box`. */
export function dominantPaletteColour(
  image: RgbPixels,
  box: Box,
  palette: Readonly<Record<string, readonly [number, number, number]>>,
): string {
  const names = Object.keys(palette);
  const counts = new Map<string, number>();
  const [x0, y0, x1, y1] = box;
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) {
      const at = (y * image.width + x) * 3;
      let best = '';
      let bestDistance = Infinity;
      for (const name of names) {
        const [r, g, b] = palette[name] ?? [0, 0, 0];
        const dr = (image.data[at] ?? 0) - r;
        const dg = (image.data[at + 1] ?? 0) - g;
        const db = (image.data[at + 2] ?? 0) - b;
        const distance = dr * dr + dg * dg + db * db;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = name;
        }
      }
      counts.set(best, (counts.get(best) ?? 0) + 1);
    }
  }
  let winner = '';
  let most = -1;
  for (const [name, count] of counts) {
    if (count > most) {
      most = count;
      winner = name;
    }
  }
  return winner;
}

/** One hit per block of the prompt: does its named colour dominate the centre of its zone? */
export function layoutHits(
  image: RgbPixels,
  prompt: HeldoutPrompt,
  palette: Readonly<Record<string, readonly [number, number, number]>>,
): boolean[] {
  return prompt.blocks.map(
    (block) => dominantPaletteColour(image, block.center_box, palette) === block.color,
  );
}
