// PNG chunk structure and text chunks, with no dependency on zlib (usable in a browser).
import { crc32 } from './crc32.ts';

export const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

/** Whether `bytes` starts with the PNG signature (nothing else is checked). */
export const isPng = (bytes: Uint8Array): boolean =>
  bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

export interface PngChunk {
  readonly type: string;
  readonly data: Uint8Array;
}

export class PngFormatError extends Error {
  override readonly name = 'PngFormatError';
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

function typeName(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/** Splits a PNG into its chunks, checking the signature, lengths and every CRC. */
export function readPngChunks(png: Uint8Array): PngChunk[] {
  if (!isPng(png)) {
    throw new PngFormatError('This file is not a PNG image (its signature is wrong).');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length)
      throw new PngFormatError('The PNG is truncated (it ends inside a chunk).');
    const length = view.getUint32(at);
    const end = at + 12 + length;
    const type = typeName(png, at + 4);
    if (end > png.length)
      throw new PngFormatError(`The PNG is truncated (its ${type} chunk is cut off).`);
    if (crc32(png, at + 4, at + 8 + length) !== view.getUint32(at + 8 + length)) {
      throw new PngFormatError(`The PNG chunk ${type} is corrupt (CRC mismatch).`);
    }
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new PngFormatError('The PNG has no IHDR chunk first.');
  return chunks;
}

/** Encodes one chunk: length, type, data, CRC. */
export function encodePngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * An uncompressed international text chunk (iTXt): keyword, then UTF-8 text. Tessera stores its
 * workflow, run manifest and plan this way, so any reader can get them without zlib.
 */
export function encodeTextChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`Bad PNG text keyword: ${keyword}`);
  const key = new TextEncoder().encode(keyword);
  const body = new TextEncoder().encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return encodePngChunk('iTXt', data);
}

/** Reads the uncompressed tEXt and iTXt chunks of a PNG as keyword → text. */
export function readPngText(png: Uint8Array): Map<string, string> {
  const texts = new Map<string, string>();
  for (const chunk of readPngChunks(png)) {
    const zero = chunk.data.indexOf(0);
    if (zero <= 0) continue;
    const keyword = latin1.decode(chunk.data.subarray(0, zero));
    if (chunk.type === 'tEXt') {
      texts.set(keyword, latin1.decode(chunk.data.subarray(zero + 1)));
    } else if (chunk.type === 'iTXt' && chunk.data[zero + 1] === 0) {
      const languageEnd = chunk.data.indexOf(0, zero + 3);
      const translatedEnd = languageEnd < 0 ? -1 : chunk.data.indexOf(0, languageEnd + 1);
      if (translatedEnd < 0) continue;
      texts.set(keyword, utf8.decode(chunk.data.subarray(translatedEnd + 1)));
    }
  }
  return texts;
}
