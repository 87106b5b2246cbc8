import type { ModelPackage } from '../model-package.ts';
import { createPipelineModel, type PipelineModel } from './pipeline-model.ts';

/** The pipeline's model of a loaded package (its manifest and glyph atlas). */
export function pipelineModelFromPackage(
  pkg: Pick<ModelPackage, 'id' | 'manifest' | 'glyphAtlas'>,
): PipelineModel {
  if (pkg.glyphAtlas === undefined) {
    throw new Error(`model package ${pkg.id} has no glyph atlas; the pipeline needs one`);
  }
  return createPipelineModel(pkg.manifest, pkg.glyphAtlas.json);
}
