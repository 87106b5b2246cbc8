import { type Catalogue, createCatalogue } from '@tessera/graph';
import { arPlanSpec } from './ar-plan.ts';
import { diffusionDecodeSpec } from './diffusion-decode.ts';
import { imagePreviewSpec } from './image-preview.ts';
import { imageSaveSpec } from './image-save.ts';
import { imageUpscaleSpec } from './image-upscale.ts';
import { planLabNodeSpecs } from './lab-specs.ts';
import { planExpandSpec } from './plan-expand.ts';
import { planPreviewSpec } from './plan-preview.ts';
import { promptSpec } from './prompt.ts';

/** The core node catalogue of DESIGN.md, in palette order. */
export const coreNodeSpecs = [
  promptSpec,
  arPlanSpec,
  planExpandSpec,
  diffusionDecodeSpec,
  imageUpscaleSpec,
  imageSaveSpec,
  planPreviewSpec,
  imagePreviewSpec,
] as const;

/** Every node spec this package implements: the core catalogue, then the Plan Lab's nodes. */
export const allNodeSpecs = [...coreNodeSpecs, ...planLabNodeSpecs] as const;

/** A catalogue of every node spec here (what `validate()` and `plan()` need), core ones first. */
export function createCoreCatalogue(): Catalogue {
  return createCatalogue(allNodeSpecs);
}
