import type { NodeResult } from '@tessera/nodes';
import { estimateBytes } from './estimate-bytes.ts';

interface Entry {
  readonly result: NodeResult;
  readonly bytes: number;
}

/** Default budget of an engine's output cache: 1 GiB. */
export const DEFAULT_CACHE_BYTES = 1024 ** 3;

/**
 * Node results by cache key, least recently used first out once their estimated size
 * (`estimateBytes`) passes `maxBytes`. A result larger than the whole budget is not kept.
 */
export class OutputCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(readonly maxBytes: number = DEFAULT_CACHE_BYTES) {
    if (!(maxBytes >= 0)) throw new RangeError(`cache budget must be >= 0 bytes, got ${maxBytes}`);
  }

  /** Bytes held now (estimated). */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The result under `key`, which becomes the most recently used. */
  get(key: string): NodeResult | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.result;
  }

  /** Keeps `result` under `key`, evicting the least recently used; false when it cannot fit. */
  set(key: string, result: NodeResult): boolean {
    this.delete(key);
    const bytes = estimateBytes(result);
    if (bytes > this.maxBytes) return false;
    this.#entries.set(key, { result, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    return true;
  }

  delete(key: string): boolean {
    const entry = this.#entries.get(key);
    if (entry === undefined) return false;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
    return true;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** Keys, least recently used first. */
  keys(): string[] {
    return [...this.#entries.keys()];
  }
}
