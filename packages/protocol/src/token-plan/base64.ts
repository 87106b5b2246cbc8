/**
 * Standard base64 (RFC 4648 §4, with padding) in plain TypeScript, identical in browsers and
 * Node, without `Buffer` or `atob` (whose handling of bad input differs between runtimes).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    chunk += ALPHABET[a >> 2];
    chunk += ALPHABET[((a & 3) << 4) | (b >> 4)];
    chunk += left > 1 ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=';
    chunk += left > 2 ? ALPHABET[c & 63] : '=';
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decodes canonical padded base64; throws `SyntaxError` on anything else (whitespace included). */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) {
    throw new SyntaxError(`base64 length ${text.length} is not a multiple of 4`);
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const a = value(text, i);
    const b = value(text, i + 1);
    const c = last && padding === 2 ? 0 : value(text, i + 2);
    const d = last && padding >= 1 ? 0 : value(text, i + 3);
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[out++] = triple >> 16;
    if (out < bytes.length) bytes[out++] = (triple >> 8) & 255;
    if (out < bytes.length) bytes[out++] = triple & 255;
    if (last && (padding === 2 ? b & 15 : padding === 1 ? c & 3 : 0) !== 0) {
      throw new SyntaxError('base64 has non-zero bits before its padding');
    }
  }
  return bytes;
}

function value(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const v = code < 128 ? (VALUES[code] ?? -1) : -1;
  if (v < 0) {
    throw new SyntaxError(`invalid base64 character ${JSON.stringify(text[index])} at ${index}`);
  }
  return v;
}
