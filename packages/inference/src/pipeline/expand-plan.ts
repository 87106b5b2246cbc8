import type { TokenPlan } from '@tessera/protocol';
import { expandLayout } from '../expander/expand-layout.ts';
import { glyphMapToInput, renderHeadlineGlyphMap } from '../glyphs/glyph-map.ts';
import { paddedPromptIds } from '../planner/prompt-tokenizer.ts';
import type { SessionSource } from '../session/session-source.ts';
import { modelPrompt } from './model-prompt.ts';
import { PIPELINE_STAGES, type PipelineModel } from './pipeline-model.ts';
import { checkPlanForModel, makeTokenPlan } from './token-plans.ts';

/** `plan.expand` params: grid 32 (default) or 64; seed 0; temperature 0 = argmax per cell. */
export interface ExpandPlanOptions {
  readonly grid?: number;
  readonly seed?: number;
  readonly temperature?: number;
}

/**
 * Expands a layout plan to a fine plan (the `plan.expand` node). The prompt is optional: without
 * it the expander sees an empty prompt and no glyph map. The expander reads the caption of the
 * package's prompt language and the glyph map of the headline that language placed.
 */
export async function expandPlan(
  source: SessionSource,
  model: PipelineModel,
  layout: TokenPlan,
  prompt: string | undefined,
  options: ExpandPlanOptions = {},
  hooks: { readonly signal?: AbortSignal } = {},
): Promise<TokenPlan> {
  const { constants, atlas } = model;
  checkPlanForModel(layout, constants, [constants.expander.layoutGrid], 'plan.expand');
  const { caption, headline } = modelPrompt(model, prompt ?? '');
  const session = await source.session(PIPELINE_STAGES.expander);
  const fine = await expandLayout(
    session,
    constants.expander,
    {
      layout: layout.ids,
      glyph: glyphMapToInput(renderHeadlineGlyphMap(headline, atlas, constants.glyphs)),
      prompt: paddedPromptIds(caption, constants.planner.tokenizer),
    },
    {
      grid: options.grid ?? 32,
      seed: options.seed ?? 0,
      temperature: options.temperature ?? 0,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    },
  );
  return makeTokenPlan(constants, fine.grid, fine.ids, fine.probabilities);
}
