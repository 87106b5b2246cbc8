import type { Params } from '@tessera/graph';
import type { ModelProvenance } from '../context/capabilities.ts';
import type { RunInfo } from '../context/node-context.ts';
import { upstreamOf } from './upstream.ts';

export const RUN_MANIFEST_FORMAT = 'tessera.run';
export const RUN_MANIFEST_VERSION = 1;

/**
 * The `tessera:run` chunk of a saved PNG: what it takes to make the same image again. Nothing in
 * it depends on when, where or by whom the run happened (no time, run id, host or path), so the
 * same workflow and seeds give the same bytes.
 */
export interface RunManifest {
  readonly format: typeof RUN_MANIFEST_FORMAT;
  readonly version: typeof RUN_MANIFEST_VERSION;
  /** The Tessera release that made the file. */
  readonly tessera: string;
  /** The id of the node that saved the file. */
  readonly savedBy: string;
  readonly model: ModelProvenance;
  /** The nodes the image depends on, in execution order, with their resolved params. */
  readonly nodes: readonly {
    readonly id: string;
    readonly type: string;
    readonly version: number;
    readonly params: Params;
  }[];
  /** Every seed among those params, as `"node.param": value`. */
  readonly seeds: Readonly<Record<string, number>>;
}

/** The manifest of the image that `run.nodeId` saves. */
export function buildRunManifest(run: RunInfo, model: ModelProvenance): RunManifest {
  const upstream = upstreamOf(run.workflow, run.nodeId);
  const nodes = run.nodes.filter((node) => upstream.has(node.id));
  const seeds: Record<string, number> = {};
  for (const node of nodes) {
    for (const name of node.seeds) {
      const value = node.params[name];
      if (typeof value === 'number') seeds[`${node.id}.${name}`] = value;
    }
  }
  return {
    format: RUN_MANIFEST_FORMAT,
    version: RUN_MANIFEST_VERSION,
    tessera: run.tesseraVersion,
    savedBy: run.nodeId,
    model,
    nodes: nodes.map(({ id, type, version, params }) => ({ id, type, version, params })),
    seeds,
  };
}
