import { z } from 'zod';
import { lazySchema } from '@tessera/graph';

/**
 * Binary data as Socket.IO delivers it: a `Uint8Array` subclass in Node (a view into a shared
 * pool), an `ArrayBuffer` in browsers. Parsed into a fresh `Uint8Array` that owns its memory,
 * so typed views over it start at offset 0.
 */
export const zBytes = lazySchema(() =>
  z
    .custom<Uint8Array | ArrayBuffer>(
      (value) => value instanceof Uint8Array || value instanceof ArrayBuffer,
      { message: 'Expected binary data' },
    )
    .transform((value): Uint8Array => copyBytes(value)),
);

/** A copy of `value` that owns its memory (offset 0, exact length). */
export function copyBytes(value: Uint8Array | ArrayBuffer): Uint8Array {
  return value instanceof ArrayBuffer ? new Uint8Array(value.slice(0)) : new Uint8Array(value);
}
