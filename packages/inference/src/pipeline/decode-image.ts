import type { TokenPlan } from '@tessera/protocol';
import { sampleImage, type DecodeHooks } from '../decoder/euler-sampler.ts';
import { headlineTextIds } from '../glyphs/glyph-map.ts';
import type { RgbImage } from '@tessera/png';
import type { SessionSource } from '../session/session-source.ts';
import { modelPrompt } from './model-prompt.ts';
import { PIPELINE_STAGES, type PipelineModel } from './pipeline-model.ts';
import { checkPlanForModel } from './token-plans.ts';

/** `diffusion.decode` params; left out = steps 20, guidance 1.5, seed 0, the manifest's shift. */
export interface DecodeImageOptions {
  readonly steps?: number;
  readonly guidance?: number;
  readonly seed?: number;
  readonly shift?: number;
  /** Preview every k steps (0 = none; default 1 when `onStep` is given). */
  readonly previewEvery?: number;
  /** Preview side in pixels (divides the canvas; default the canvas). */
  readonly previewSize?: number;
}

/**
 * Renders the image of a plan (any of the model's grids) and prompt (the `diffusion.decode` node).
 * `plan: null` decodes with the plan dropped (the diffusion-only ablation). The decoder's text is
 * the headline the package's prompt language read.
 */
export async function decodeImage(
  source: SessionSource,
  model: PipelineModel,
  plan: TokenPlan | null,
  prompt: string,
  options: DecodeImageOptions = {},
  hooks: DecodeHooks = {},
): Promise<RgbImage> {
  const { constants, atlas } = model;
  const grids = constants.decoder.grids.map((g) => g.grid);
  if (plan !== null) checkPlanForModel(plan, constants, grids, 'diffusion.decode');
  const session = await source.session(PIPELINE_STAGES.decoder);
  const defaults = constants.decoderDefaults;
  return sampleImage(
    session,
    constants.decoder,
    {
      plan: plan === null ? null : { grid: plan.codebook.grid, ids: plan.ids },
      text: headlineTextIds(modelPrompt(model, prompt).headline.text, atlas, constants.glyphs),
    },
    {
      steps: options.steps ?? defaults.steps,
      guidance: options.guidance ?? defaults.guidance,
      shift: options.shift ?? defaults.shift,
      seed: options.seed ?? 0,
      ...(options.previewEvery !== undefined ? { previewEvery: options.previewEvery } : {}),
      ...(options.previewSize !== undefined ? { previewSize: options.previewSize } : {}),
    },
    hooks,
  );
}
