import { type Catalogue, createCatalogue } from '@tessera/graph';
import { arPlanSpec } from './ar-plan.ts';
import { diffusionDecodeSpec } from './diffusion-decode.ts';
import { imageLoadSpec } from './image-load.ts';
import { imagePreviewSpec } from './image-preview.ts';
import { imageSaveSpec } from './image-save.ts';
import { imageUpscaleSpec } from './image-upscale.ts';
import { planLabNodeSpecs } from './lab-specs.ts';
import { planExpandSpec } from './plan-expand.ts';
import { planPreviewSpec } from './plan-preview.ts';
import { promptSpec } from './prompt.ts';

/**
 * Every node spec this package implements, in palette order: the core pipeline's nodes (prompt,
 * plan, expand, decode, upscale, save and the two previews), then the Plan Lab's.
 */
export const nodeSpecs = [
  promptSpec,
  arPlanSpec,
  planExpandSpec,
  diffusionDecodeSpec,
  imageLoadSpec,
  imageUpscaleSpec,
  imageSaveSpec,
  planPreviewSpec,
  imagePreviewSpec,
  ...planLabNodeSpecs,
] as const;

/** A catalogue of every node spec here: what `validate()` and `plan()` need. */
export function createNodeCatalogue(): Catalogue {
  return createCatalogue(nodeSpecs);
}
