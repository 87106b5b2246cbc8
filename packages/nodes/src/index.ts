// @tessera/nodes: the node catalogue with its implementations (Node only: they reach onnxruntime
// through @tessera/inference). Specs alone, for browsers: `@tessera/nodes/specs`.
export * from './specs/index.ts';

// --- what nodes are made of (context/) ---
export type {
  Clock,
  LoadedModel,
  LogLevel,
  ModelAccess,
  ModelProvenance,
  NodeLog,
  OutputFiles,
  SavedFile,
  WriteNewFile,
} from './context/capabilities.ts';
export type {
  NodeContext,
  NodeDisplay,
  NodeImplementation,
  NodeResult,
  PartialOutput,
  RunInfo,
  RunNode,
} from './context/node-context.ts';
export {
  type ImageValue,
  type PlanAlternatives,
  type PortValueMap,
  type PortValueOf,
  type PromptValue,
  type TokenPlanValue,
  isPortValue,
} from './context/port-values.ts';
export {
  type InputsOf,
  type OutputsOf,
  type TypedNodeContext,
  type TypedNodeResult,
  PortValueError,
  defineNode,
} from './context/define-node.ts';
export { type NodeRegistry, createNodeRegistry } from './context/registry.ts';

// --- the built-in nodes (nodes/) ---
export { builtinNodes, createBuiltinRegistry } from './nodes/builtin-nodes.ts';
export { promptNode } from './nodes/prompt.ts';
export { arPlanNode } from './nodes/ar-plan.ts';
export { planExpandNode } from './nodes/plan-expand.ts';
export { DECODE_PREVIEW_SIDE, diffusionDecodeNode } from './nodes/diffusion-decode.ts';
export { imageUpscaleNode } from './nodes/image-upscale.ts';
export { imageSaveNode } from './nodes/image-save.ts';
export { planPreviewNode } from './nodes/plan-preview.ts';
export { imagePreviewNode } from './nodes/image-preview.ts';
export { planLoadNode } from './nodes/plan-load.ts';
export { planEditNode } from './nodes/plan-edit.ts';
export { planResampleNode } from './nodes/plan-resample.ts';

// --- saved files (save/) ---
export {
  RUN_MANIFEST_FORMAT,
  RUN_MANIFEST_VERSION,
  type RunManifest,
  buildRunManifest,
} from './save/run-manifest.ts';

// --- real capabilities for runners and the CLI (capabilities/) ---
export { createOutputFolder } from './capabilities/output-folder.ts';
export {
  lazyModelAccess,
  loadedModel,
  modelAccessFromPackage,
  provenanceOf,
} from './capabilities/model-access.ts';
export { systemClock } from './capabilities/system-clock.ts';
