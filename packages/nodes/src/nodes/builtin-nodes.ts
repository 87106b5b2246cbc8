import type { NodeImplementation } from '../context/node-context.ts';
import { type NodeRegistry, createNodeRegistry } from '../context/registry.ts';
import { arPlanNode } from './ar-plan.ts';
import { diffusionDecodeNode } from './diffusion-decode.ts';
import { imageLoadNode } from './image-load.ts';
import { imagePreviewNode } from './image-preview.ts';
import { imageSaveNode } from './image-save.ts';
import { imageUpscaleNode } from './image-upscale.ts';
import { planEditNode } from './plan-edit.ts';
import { planExpandNode } from './plan-expand.ts';
import { planLoadNode } from './plan-load.ts';
import { planResampleNode } from './plan-resample.ts';
import { planPreviewNode } from './plan-preview.ts';
import { promptNode } from './prompt.ts';

/** Every node Tessera ships (the pipeline and the Plan Lab's), in the order of `nodeSpecs`. */
export const builtinNodes: readonly NodeImplementation[] = [
  promptNode,
  arPlanNode,
  planExpandNode,
  diffusionDecodeNode,
  imageLoadNode,
  imageUpscaleNode,
  imageSaveNode,
  planPreviewNode,
  imagePreviewNode,
  planLoadNode,
  planEditNode,
  planResampleNode,
];

/** A registry of the built-in nodes plus `extra` ones (a duplicate type throws, naming it). */
export function createBuiltinRegistry(extra: Iterable<NodeImplementation> = []): NodeRegistry {
  return createNodeRegistry([...builtinNodes, ...extra]);
}
