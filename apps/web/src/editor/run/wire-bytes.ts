// Binary payloads as Socket.IO delivers them: a Uint8Array in Node, an ArrayBuffer in the
// browser (or any typed-array view). Always answers a Uint8Array view without copying.

export function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(0);
}
