// Test input: a minimal PNG carrying text chunks the way image.save writes them (iTXt), built
// with @tessera/png's own chunk encoders. Test-only: the browser bundle never imports it.
import { encodePngChunk, encodeTextChunk } from '@tessera/png';

const SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** An image-less PNG (zeroed IHDR) with one iTXt chunk per entry. */
export function pngWithText(texts: Readonly<Record<string, string>>): Uint8Array {
  const parts = [
    SIGNATURE,
    encodePngChunk('IHDR', new Uint8Array(13)),
    ...Object.entries(texts).map(([key, text]) => encodeTextChunk(key, text)),
    encodePngChunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
