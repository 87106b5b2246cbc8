import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of bytes, or of a string's UTF-8 encoding (a lone surrogate as U+FFFD, as
 * `TextEncoder` writes it), as 64 lowercase hex digits. Synchronous and the same in browsers and
 * Node, unlike `crypto.subtle` (async) or `node:crypto` (Node only): cache keys, model package
 * digests and artifact content hashes all come from here.
 */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}
