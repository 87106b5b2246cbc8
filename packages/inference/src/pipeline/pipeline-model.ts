import { z } from 'zod';
import { parseGlyphAtlas, type GlyphAtlas } from '../glyphs/glyph-atlas.ts';
import { promptLanguage } from '../prompt-language/prompt-languages.ts';
import type { PromptLanguage } from '../prompt-language/understanding.ts';
import { tinyConstantsFromManifest, type TinyModelConstants } from './model-constants.ts';

/** What the pipeline stages need besides sessions: the manifest's constants and the glyph atlas. */
export interface PipelineModel {
  readonly constants: TinyModelConstants;
  readonly atlas: GlyphAtlas;
  /** How the package reads prompts: every stage gives the model this language's caption. */
  readonly promptLanguage: PromptLanguage;
}

/** Stage names asked of the `SessionSource`. */
export const PIPELINE_STAGES = {
  planner: 'planner',
  expander: 'expander',
  decoder: 'decoder',
} as const;

const zDeclaredLanguage = z.object({ promptLanguage: z.string().optional() });

/**
 * Builds the pipeline's model from the parsed `model.json` and `glyph_atlas.json`; throws on a
 * prompt language this build does not know.
 */
export function createPipelineModel(manifest: unknown, glyphAtlas: unknown): PipelineModel {
  return {
    constants: tinyConstantsFromManifest(manifest),
    atlas: parseGlyphAtlas(glyphAtlas),
    promptLanguage: promptLanguage(zDeclaredLanguage.parse(manifest).promptLanguage),
  };
}
