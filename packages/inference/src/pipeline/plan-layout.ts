import type { TokenPlan } from '@tessera/protocol';
import type { SessionSource } from '../session/session-source.ts';
import {
  LAYOUT_ALTERNATIVES,
  sampleLayout,
  type ForcedTokens,
  type LayoutHooks,
} from '../planner/sample-layout.ts';
import { modelPrompt } from './model-prompt.ts';
import { PIPELINE_STAGES, type PipelineModel } from './pipeline-model.ts';
import { makeTokenPlan } from './token-plans.ts';

/** `ar.plan` params; left out = the node catalogue's defaults (seed 0, the manifest's sampler). */
export interface PlanLayoutOptions {
  readonly seed?: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly topK?: number;
  /** Must be the planner's grid (16 for tessera-tiny). */
  readonly grid?: number;
  /** Planner CFG scale (1 = off). */
  readonly cfgScale?: number;
  /** False re-runs the whole sequence each step (slow; for benchmarks). */
  readonly kvCache?: boolean;
  /** Codes to keep instead of drawing (plan-level inpainting; see `ForcedTokens`). */
  readonly forced?: ForcedTokens;
}

export interface LayoutPlanResult {
  /**
   * The layout plan with each token's model probability and, in `plan.alternatives`, its five
   * likeliest codes (best first, -1 pads) with their probabilities.
   */
  readonly plan: TokenPlan;
}

/**
 * Writes the layout plan for a prompt (the `ar.plan` and `plan.resample` nodes). The planner
 * reads the caption of the package's prompt language.
 */
export async function planLayout(
  source: SessionSource,
  model: PipelineModel,
  prompt: string,
  options: PlanLayoutOptions = {},
  hooks: LayoutHooks = {},
): Promise<LayoutPlanResult> {
  const { planner, plannerDefaults } = model.constants;
  const grid = options.grid ?? planner.grid;
  if (grid !== planner.grid)
    throw new RangeError(
      `this planner writes ${planner.grid}×${planner.grid} plans, not ${grid}×${grid}`,
    );
  const session = await source.session(PIPELINE_STAGES.planner);
  const sample = await sampleLayout(
    session,
    planner,
    modelPrompt(model, prompt).caption,
    {
      seed: options.seed ?? 0,
      temperature: options.temperature ?? plannerDefaults.temperature,
      topP: options.topP ?? plannerDefaults.topP,
      topK: options.topK ?? plannerDefaults.topK,
      cfgScale: options.cfgScale ?? 1,
      kvCache: options.kvCache ?? true,
      ...(options.forced ? { forced: options.forced } : {}),
    },
    hooks,
  );
  return {
    plan: makeTokenPlan(model.constants, grid, sample.ids, sample.probabilities, {
      count: LAYOUT_ALTERNATIVES,
      ids: sample.alternativeIds,
      probabilities: sample.alternativeProbabilities,
    }),
  };
}
