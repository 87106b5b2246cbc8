// @tessera/png: PNG images with Tessera's text chunks. No model code, so the hub can use it.
// Chunks and text alone, browser-safe: `@tessera/png/chunks`.
export {
  type PngEncodeOptions,
  type RgbImage,
  checkImage,
  encodePng,
  encodePngAsync,
} from './png-encode.ts';
export { decodePng } from './png-decode.ts';
export * from './chunks.ts';
