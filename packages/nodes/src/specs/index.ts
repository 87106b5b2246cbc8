// @tessera/nodes/specs: the node specs (the core pipeline's and the Plan Lab's), metadata only.
// Importable in a browser: nothing here may reach onnxruntime, Node built-ins or the node
// implementations (the browser-safe lint rule of docs/architecture.md keeps it so).
export { arPlanSpec } from './ar-plan.ts';
export { diffusionDecodeSpec } from './diffusion-decode.ts';
export { INPUT_IMAGE_NAME_PATTERN, MAX_INPUT_IMAGE_BYTES, imageLoadSpec } from './image-load.ts';
export { imagePreviewSpec } from './image-preview.ts';
export { SAVE_PREFIX_PATTERN, imageSaveSpec } from './image-save.ts';
export { imageUpscaleSpec } from './image-upscale.ts';
export { createNodeCatalogue, nodeSpecs } from './node-specs.ts';
export { planEditSpec } from './plan-edit.ts';
export { planExpandSpec } from './plan-expand.ts';
export { planLoadSpec } from './plan-load.ts';
export { planResampleSpec } from './plan-resample.ts';
export { planPreviewSpec } from './plan-preview.ts';
export { promptSpec } from './prompt.ts';
export { PNG_TEXT_KEYS } from './png-text-keys.ts';
export { TESSERA_VERSION } from './version.ts';
