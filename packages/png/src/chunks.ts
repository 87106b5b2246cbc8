// @tessera/png/chunks: PNG chunk framing (every CRC checked) and Tessera's text chunks, with no
// zlib and no Node built-ins, so a browser can read the workflow and plan a saved image carries.
// The browser-safe lint rule (docs/architecture.md, "Browser-safe code") keeps it that way.
export {
  type PngChunk,
  PNG_SIGNATURE,
  PngFormatError,
  encodePngChunk,
  encodeTextChunk,
  isPng,
  readPngChunks,
  readPngText,
} from './png-chunks.ts';
export { crc32 } from './crc32.ts';
