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
export { type SeededRng, createRng } from './rng/seeded-rng.ts';
export { AbortError, isAbortError, throwIfAborted } from './sampling/abort.ts';
export {
  GREEDY,
  type SamplingOptions,
  checkSamplingOptions,
  isGreedy,
} from './sampling/sampling-options.ts';
export { type TokenAlternative, TokenSampler } from './sampling/token-sampler.ts';
export {
  type PromptPrefix,
  type PromptTokenizerSpec,
  conditionalPrefix,
  layoutTokenId,
  layoutTokenPosition,
  paddedPromptIds,
  promptBytes,
  unconditionalPrefix,
} from './planner/prompt-tokenizer.ts';
export { PLANNER_IO, type PlannerSpec } from './planner/planner-spec.ts';
export {
  LAYOUT_ALTERNATIVES,
  type ForcedTokens,
  type LayoutHooks,
  type LayoutSample,
  type LayoutSamplingOptions,
  type TokenCallback,
  sampleLayout,
} from './planner/sample-layout.ts';
export { EXPANDER_IO, type ExpanderSpec } from './expander/expander-spec.ts';
export {
  type ExpandOptions,
  type ExpanderInputs,
  type FinePlanSample,
  expandLayout,
} from './expander/expand-layout.ts';
export { DECODER_IO, type DecoderSpec } from './decoder/decoder-spec.ts';
export { shiftedTimesteps } from './decoder/flow-schedule.ts';
export { planarToRgb, previewRgb, toByte } from './decoder/latent-rgb.ts';
export { type PlanConditioning, buildPlanFeeds } from './decoder/plan-feeds.ts';
export {
  type DecodeHooks,
  type DecodeInputs,
  type EulerOptions,
  type StepCallback,
  sampleImage,
} from './decoder/euler-sampler.ts';
export {
  type Glyph,
  type GlyphAtlas,
  type GlyphFace,
  parseGlyphAtlas,
} from './glyphs/glyph-atlas.ts';
export type { GlyphLayoutSpec } from './glyphs/glyph-spec.ts';
export { type QuotedText, type ZoneIndex, parseQuotedText } from './glyphs/quoted-text.ts';
export {
  type HeadlineLayout,
  fitHeadline,
  headlineWidth,
  layoutHeadline,
  normalizeHeadline,
} from './glyphs/headline.ts';
export {
  decoderTextIds,
  glyphMapToInput,
  headlineTextIds,
  renderGlyphMap,
  renderHeadlineGlyphMap,
} from './glyphs/glyph-map.ts';
export {
  type CodebookInfo,
  type TinyModelConstants,
  tinyConstantsFromManifest,
} from './pipeline/model-constants.ts';
export {
  PIPELINE_STAGES,
  type PipelineModel,
  createPipelineModel,
} from './pipeline/pipeline-model.ts';
export { pipelineModelFromPackage } from './pipeline/from-package.ts';
export { type ModelPrompt, modelPrompt } from './pipeline/model-prompt.ts';
// Prompt languages (prompt-language/): also the browser-safe `@tessera/inference/prompt-language`.
export {
  type PromptLanguage,
  type PromptUnderstanding,
  UnknownPromptLanguageError,
  promptLanguage,
} from './prompt-language/index.ts';
export { checkPlanForModel } from './pipeline/token-plans.ts';
export {
  type LayoutPlanResult,
  type PlanLayoutOptions,
  planLayout,
} from './pipeline/plan-layout.ts';
export { type ExpandPlanOptions, expandPlan } from './pipeline/expand-plan.ts';
export { keepLockedCells } from './pipeline/keep-locked-cells.ts';
export { type DecodeImageOptions, decodeImage } from './pipeline/decode-image.ts';
export { warmUpPipeline } from './pipeline/warm-up.ts';

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
