/** What the expander runner needs to know about an expander export. */
export interface ExpanderSpec {
  /** Layout plan side and codebook size (the input). */
  readonly layoutGrid: number;
  readonly layoutCodes: number;
  /** The fine grids it writes and their codebook sizes (one logits output per grid). */
  readonly fineGrids: readonly { readonly grid: number; readonly codes: number }[];
  /** Side of the glyph map input. */
  readonly canvas: number;
  /** Length of the padded prompt input. */
  readonly promptSlot: number;
}

/** Tensor names of the expander export (the manifest's `plan.expand` signature). */
export const EXPANDER_IO = {
  layout: 'layout',
  glyph: 'glyph',
  prompt: 'prompt',
  logits: (grid: number): string => `logits${grid}`,
} as const;
