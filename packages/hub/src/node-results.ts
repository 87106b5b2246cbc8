// Where the executor finds a node's outputs computed before: the in-memory LRU first, then the
// database (`StoredNodeOutputs`), so that a result outlives the process that computed it.
import type { UserId } from '@tessera/db';
import type { CachedNodeResult, NodeOutputCache } from './node-output-cache.ts';
import type { StoredNodeOutputs } from './stored-node-outputs.ts';

export interface NodeResultsOptions {
  /** Recently used results, in memory (in front of `stored`). */
  readonly memory?: NodeOutputCache;
  /** Results kept in the database; without it, results live as long as the process. */
  readonly stored?: StoredNodeOutputs;
  /**
   * Reuse results across runs (cache hits); default true. Off, a node of a new run always
   * executes, while a run continued after a restart still takes back its own finished nodes.
   */
  readonly reuseAcrossRuns?: boolean;
}

export class NodeResults {
  constructor(private readonly options: NodeResultsOptions = {}) {}

  /** A result another run computed under `cacheKey`, when results are reused across runs. */
  reusable(cacheKey: string): Promise<CachedNodeResult | undefined> {
    if (this.options.reuseAcrossRuns === false) return Promise.resolve(undefined);
    return this.find(cacheKey);
  }

  /** The result kept under `cacheKey`, in memory or stored. */
  async find(cacheKey: string): Promise<CachedNodeResult | undefined> {
    const remembered = this.options.memory?.get(cacheKey);
    if (remembered) return remembered;
    const stored = await this.options.stored?.load(cacheKey);
    if (stored) this.options.memory?.set(cacheKey, stored);
    return stored;
  }

  /** Keeps what a node of `runId` produced, under its (owner-scoped) cache key. */
  async remember(
    origin: { cacheKey: string; ownerId: UserId | null; runId: string; nodeId: string },
    result: CachedNodeResult,
  ): Promise<void> {
    this.options.memory?.set(origin.cacheKey, result);
    await this.options.stored?.save(origin, result);
  }
}
