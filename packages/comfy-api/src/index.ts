// @tessera/comfy-api: ComfyUI's HTTP + WebSocket API over Tessera's node catalogue and hub.
export {
  type ComfyApiOptions,
  type ComfyApiServer,
  DEFAULT_MAX_UPLOAD_BYTES,
  createComfyApiServer,
} from './comfy-api-server.ts';
export type {
  ComfyBackend,
  ComfyCaller,
  ComfyDevice,
  ComfyRun,
  ComfyRunOutput,
} from './backend.ts';
export { STATUS_INTERVAL_MS } from './events/socket-hub.ts';
export { imageKindOf, IMAGE_MEDIA_TYPES, type ImageKind } from './files/image-kind.ts';
export { listInputImages, type InputImage } from './files/list-input-images.ts';
export { acceptImageUpload, type ImageUpload } from './files/accept-image-upload.ts';
export { HttpError } from './http/respond.ts';
export { nodeInfo, objectInfo, type ComfyNodeInfo } from './translate/object-info.ts';
export { translatePrompt } from './translate/translate-prompt.ts';
export { documentToApiPrompt } from './translate/document-to-api.ts';
export type { PromptRejection, ComfyError, ComfyNodeErrors } from './translate/comfy-errors.ts';
