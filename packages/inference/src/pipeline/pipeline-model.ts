import { parseGlyphAtlas, type GlyphAtlas } from '../glyphs/glyph-atlas.ts';
import { tinyConstantsFromManifest, type TinyModelConstants } from './model-constants.ts';

/** What the pipeline stages need besides sessions: the manifest's constants and the glyph atlas. */
export interface PipelineModel {
  readonly constants: TinyModelConstants;
  readonly atlas: GlyphAtlas;
}

/** Stage names asked of the `SessionSource`. */
export const PIPELINE_STAGES = {
  planner: 'planner',
  expander: 'expander',
  decoder: 'decoder',
} as const;

/** Builds the pipeline's model from the parsed `model.json` and `glyph_atlas.json`. */
export function createPipelineModel(manifest: unknown, glyphAtlas: unknown): PipelineModel {
  return { constants: tinyConstantsFromManifest(manifest), atlas: parseGlyphAtlas(glyphAtlas) };
}
