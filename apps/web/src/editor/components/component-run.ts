// A component node's part in a run: the run executes the flattened graph, whose events name the
// inner nodes `instance/inner`; the component node sums them up (status, progress) and shows
// their outputs.
import {
  CURRENT_WORKFLOW_VERSION,
  type Components,
  WORKFLOW_FORMAT,
  type WorkflowNode,
  flattenDocument,
} from '@tessera/graph';
import type { NodeRun, NodeStatus } from '../run/run-state.ts';

/** A node inside a component instance, as a run names it. */
export interface InnerRunNode {
  /** `instance/inner` (with the view's prefix when the instance is itself inside a component). */
  readonly flatId: string;
  readonly type: string;
}

const flattened = new WeakMap<WorkflowNode, { components: Components; nodes: InnerRunNode[] }>();

/**
 * The nodes the instance `node` runs as, with their flattened ids (nested instances expanded),
 * in definition order; empty when its definition cannot be expanded.
 */
export function innerRunNodes(
  node: WorkflowNode,
  components: Components | undefined,
  prefix = '',
): InnerRunNode[] {
  if (components === undefined) return [];
  const cached = flattened.get(node);
  let nodes = cached?.components === components ? cached.nodes : undefined;
  if (nodes === undefined) {
    try {
      const { document } = flattenDocument({
        format: WORKFLOW_FORMAT,
        version: CURRENT_WORKFLOW_VERSION,
        name: '',
        description: '',
        nodes: [node],
        edges: [],
        components,
      });
      nodes = document.nodes.map((inner) => ({ flatId: inner.id, type: inner.type }));
    } catch {
      nodes = [];
    }
    flattened.set(node, { components, nodes });
  }
  return prefix === '' ? nodes : nodes.map((n) => ({ ...n, flatId: `${prefix}${n.flatId}` }));
}

export type ComponentRunStatus = 'idle' | NodeStatus;

/**
 * One status for the inner nodes' runs: failed when one failed, running while any runs or some
 * are done and some wait, done (or cached, when all were) once all ended; idle when the run has
 * none of them.
 */
export function componentStatus(runs: readonly (NodeRun | undefined)[]): ComponentRunStatus {
  const statuses = runs.flatMap((run) => (run ? [run.status] : []));
  if (statuses.length === 0) return 'idle';
  const has = (status: NodeStatus): boolean => statuses.includes(status);
  if (has('failed')) return 'failed';
  if (has('running')) return 'running';
  if (has('queued')) return statuses.every((s) => s === 'queued') ? 'queued' : 'running';
  if (has('cancelled')) return 'cancelled';
  if (statuses.every((s) => s === 'skipped')) return 'skipped';
  return statuses.every((s) => s === 'cached') ? 'cached' : 'done';
}

/** How many of the inner nodes have ended, of how many. */
export function componentProgress(runs: readonly (NodeRun | undefined)[]): {
  ended: number;
  total: number;
} {
  const ended = runs.filter(
    (run) => run !== undefined && run.status !== 'queued' && run.status !== 'running',
  ).length;
  return { ended, total: runs.length };
}
