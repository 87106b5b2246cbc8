/** What the decoder runner needs to know about a decoder export. */
export interface DecoderSpec {
  /** Output side in pixels (square, RGB). */
  readonly canvas: number;
  /** Every plan grid the decoder takes, with its codebook size and null id (the "no plan" id). */
  readonly grids: readonly {
    readonly grid: number;
    readonly codes: number;
    readonly nullId: number;
  }[];
  /** Bytes of the `text` input. */
  readonly textLength: number;
}

/** Tensor names of the decoder export (the manifest's `diffusion.decode` signature). */
export const DECODER_IO = {
  x: 'x',
  t: 't',
  plan: (grid: number): string => `plan${grid}`,
  text: 'text',
  velocity: 'velocity',
} as const;
