// Node results kept across runs, by cache key: a node whose key is here is not placed on a
// runner again; its outputs flow downstream and its stored artifacts are reported once more.
import type { ArtifactRef, NodeDisplayWire, WireValue, WireValues } from '@tessera/protocol';

/** What a node produced when it last executed. */
export interface CachedNodeResult {
  readonly outputs: WireValues;
  /** Its stored outputs (artifacts never change, so the references stay good). */
  readonly artifacts: readonly ArtifactRef[];
  readonly display?: NodeDisplayWire;
}

/** Default budget of the hub's node output cache: 512 MiB. */
export const DEFAULT_HUB_CACHE_BYTES = 512 * 1024 ** 2;

/** Bookkeeping per entry besides the values (key, references, maps). */
const ENTRY_OVERHEAD = 512;

/** Roughly how much memory a wire value holds: pixels, plan bytes, text. */
export function estimateWireBytes(value: WireValue): number {
  switch (value.type) {
    case 'IMAGE':
      return value.data.byteLength + (value.plan?.byteLength ?? 0);
    case 'TOKEN_PLAN':
      return value.bytes.byteLength;
    case 'PROMPT':
      return 2 * value.text.length;
    case 'SCALAR':
      return typeof value.value === 'string' ? 2 * value.value.length : 8;
  }
}

export function estimateResultBytes(result: CachedNodeResult): number {
  let total = ENTRY_OVERHEAD + 64 * result.artifacts.length;
  for (const value of Object.values(result.outputs)) total += 64 + estimateWireBytes(value);
  if (result.display) total += JSON.stringify(result.display).length * 2;
  return total;
}

/**
 * Least recently used first out once the estimated bytes pass `maxBytes`; a result larger than
 * the whole budget is not kept, and a budget of 0 keeps nothing.
 */
export class NodeOutputCache {
  readonly #entries = new Map<string, { result: CachedNodeResult; bytes: number }>();
  #bytes = 0;

  constructor(readonly maxBytes: number = DEFAULT_HUB_CACHE_BYTES) {
    if (!(maxBytes >= 0)) throw new RangeError(`cache budget must be >= 0 bytes, got ${maxBytes}`);
  }

  /** Estimated bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The result under `key`, which becomes the most recently used. */
  get(key: string): CachedNodeResult | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.result;
  }

  /** Keeps `result`, evicting the least recently used; false when it cannot fit at all. */
  set(key: string, result: CachedNodeResult): boolean {
    this.delete(key);
    const bytes = estimateResultBytes(result);
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
