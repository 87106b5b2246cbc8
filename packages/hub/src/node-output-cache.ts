// Node results kept across runs, by cache key: a node whose key is here is not placed on a
// runner again; its outputs flow downstream and its stored artifacts are reported once more.
import { ByteBudgetLru } from '@tessera/graph/byte-budget-lru';
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
export class NodeOutputCache extends ByteBudgetLru<CachedNodeResult> {
  constructor(maxBytes: number = DEFAULT_HUB_CACHE_BYTES) {
    super(estimateResultBytes, maxBytes);
  }
}
