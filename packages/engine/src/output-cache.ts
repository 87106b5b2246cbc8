import { ByteBudgetLru } from '@tessera/graph/byte-budget-lru';
import type { NodeResult } from '@tessera/nodes';
import { estimateBytes } from './estimate-bytes.ts';

/** Default budget of an engine's output cache: 1 GiB. */
export const DEFAULT_CACHE_BYTES = 1024 ** 3;

/**
 * Node results by cache key, least recently used first out once their estimated size
 * (`estimateBytes`) passes `maxBytes`. A result larger than the whole budget is not kept.
 */
export class OutputCache extends ByteBudgetLru<NodeResult> {
  constructor(maxBytes: number = DEFAULT_CACHE_BYTES) {
    super(estimateBytes, maxBytes);
  }
}
