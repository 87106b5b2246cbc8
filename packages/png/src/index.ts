// @tessera/png: PNG images with Tessera's text chunks. No model code, so the hub can use it.
export { type RgbImage, checkImage, encodePng } from './png-encode.ts';
export { decodePng } from './png-decode.ts';
export {
  type PngChunk,
  PNG_SIGNATURE,
  PngFormatError,
  encodePngChunk,
  encodeTextChunk,
  readPngChunks,
  readPngText,
} from './png-chunks.ts';
export { crc32 } from './crc32.ts';
