import type { PromptTokenizerSpec } from './prompt-tokenizer.ts';

/** What the planner runner needs to know about a planner export (from the model manifest). */
export interface PlannerSpec {
  readonly tokenizer: PromptTokenizerSpec;
  /** Transformer layers, attention heads and head size: the KV cache is [layers, B, heads, T, headDim]. */
  readonly layers: number;
  readonly heads: number;
  readonly headDim: number;
  /** Layout codebook size: the planner's logits are over this many codes. */
  readonly codes: number;
  /** Layout plan side: the planner writes grid × grid codes in raster order. */
  readonly grid: number;
}

/** Tensor names of the single-step planner export (the manifest's `ar.plan` signature). */
export const PLANNER_IO = {
  inputIds: 'input_ids',
  positionIds: 'position_ids',
  attentionMask: 'attention_mask',
  pastK: 'past_k',
  pastV: 'past_v',
  logits: 'logits',
  presentK: 'present_k',
  presentV: 'present_v',
} as const;
