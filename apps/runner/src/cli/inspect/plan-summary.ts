import type { TokenPlan } from '@tessera/protocol';

/** How many ids a summary lists. */
export const FIRST_IDS = 16;

export interface PlanSummary {
  readonly height: number;
  readonly width: number;
  readonly patchSize: number;
  /** The image the plan describes, in pixels. */
  readonly pixels: { readonly width: number; readonly height: number };
  readonly codebook: TokenPlan['codebook'];
  readonly tokens: number;
  /** The first ids in raster order. */
  readonly firstIds: readonly number[];
  /** How many different codes the plan uses. */
  readonly distinctIds: number;
  /** Mean per-token probability, when the plan carries them. */
  readonly meanProbability?: number;
}

export function summarisePlan(plan: TokenPlan): PlanSummary {
  const { probabilities } = plan;
  const mean =
    probabilities === undefined || probabilities.length === 0
      ? undefined
      : probabilities.reduce((sum, p) => sum + p, 0) / probabilities.length;
  return {
    height: plan.height,
    width: plan.width,
    patchSize: plan.patchSize,
    pixels: { width: plan.width * plan.patchSize, height: plan.height * plan.patchSize },
    codebook: plan.codebook,
    tokens: plan.ids.length,
    firstIds: [...plan.ids.subarray(0, FIRST_IDS)],
    distinctIds: new Set(plan.ids).size,
    ...(mean === undefined ? {} : { meanProbability: mean }),
  };
}
