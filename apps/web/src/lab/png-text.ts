// The text chunks of a PNG (tEXt and uncompressed iTXt), read in the browser with a DataView:
// a saved Tessera image carries its plan (`tessera:plan`, base64) and workflow this way.

export class PngTextError extends Error {
  override readonly name = 'PngTextError';
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export const isPng = (bytes: Uint8Array): boolean =>
  bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** keyword → text of every tEXt and uncompressed iTXt chunk; throws PngTextError when cut off. */
export function readPngTextChunks(bytes: Uint8Array): Map<string, string> {
  if (!isPng(bytes)) throw new PngTextError('not a PNG image (its signature is wrong)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const texts = new Map<string, string>();
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length)
      throw new PngTextError('the PNG is truncated (it ends inside a chunk)');
    const length = view.getUint32(at);
    const type = latin1.decode(bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length)
      throw new PngTextError(`the PNG is truncated (its ${type} chunk is cut off)`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (zero > 0 && type === 'tEXt') {
      texts.set(latin1.decode(data.subarray(0, zero)), latin1.decode(data.subarray(zero + 1)));
    } else if (zero > 0 && type === 'iTXt' && data[zero + 1] === 0) {
      const languageEnd = data.indexOf(0, zero + 3);
      const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
      if (translatedEnd >= 0)
        texts.set(
          latin1.decode(data.subarray(0, zero)),
          utf8.decode(data.subarray(translatedEnd + 1)),
        );
    }
    at = end;
    if (type === 'IEND') break;
  }
  return texts;
}
