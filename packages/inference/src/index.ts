// @tessera/inference: model packages, onnxruntime sessions, samplers, codecs.

// --- model packages, manifests, sessions, codebooks (manifest/, session/, codebook/) ---
export type { SessionSource } from './session/session-source.ts';
export {
  type LoadModelPackageOptions,
  type ModelPackage,
  loadModelPackage,
} from './model-package.ts';
export {
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  type CodebookEntry,
  type Manifest,
  type ModelStage,
  type NoteStage,
  type PackageFile,
  type Stage,
  type TensorDim,
  type TensorSignature,
  isModelStage,
  zManifest,
  zModelStage,
  zTensorSignature,
} from './manifest/manifest-schema.ts';
export { ModelPackageError, type ModelPackageErrorKind } from './manifest/model-package-error.ts';
export { parseManifest, parseManifestText } from './manifest/parse-manifest.ts';
export { FileDigests, processFileDigests } from './manifest/file-digests.ts';
export type { VerifyLevel } from './manifest/verify-file.ts';
export type { PackagePaths } from './manifest/verify-package.ts';
export type { GlyphAtlasFile } from './manifest/read-glyph-atlas.ts';
export { STAGE_ALIASES } from './manifest/stage-names.ts';
export {
  type CreateSession,
  type LoadedSession,
  type SessionRequest,
  SessionCache,
  processSessionCache,
} from './session/session-cache.ts';
export {
  EXECUTION_PROVIDERS,
  type ExecutionProviderName,
  type SessionConfig,
  type SessionHints,
} from './session/session-config.ts';
export { type InferenceLogger, consoleLogger, silentLogger } from './session/logger.ts';
export { checkSessionSignature, sessionSignatureProblems } from './session/check-signature.ts';
export { type Codebook, codebookRef, refersTo } from './codebook/codebook.ts';
export { readCodebooks } from './codebook/read-codebooks.ts';
export { renderPlanPreview } from './codebook/plan-preview.ts';
export { type PlanFromIdsOptions, tokenPlanFromIds } from './codebook/plan-from-ids.ts';

// --- samplers, tokenizer, glyph maps, pipeline stages (rng/, sampling/, planner/, expander/, decoder/, glyphs/, pipeline/) ---

// --- upscaler (upscale/) ---
export {
  UPSCALE_FACTORS,
  UPSCALE_INPUT,
  UPSCALE_OUTPUT,
  type UpscaleFactor,
  isUpscaleFactor,
  upscaleFileName,
  upscaleStage,
} from './upscale/upscale-model.ts';
export {
  UPSCALE_OVERLAP,
  UPSCALE_TILE_SIZE,
  type UpscaleOptions,
  type UpscaleProgress,
  upscaleImage,
} from './upscale/upscale-image.ts';
