import type { Catalogue } from './catalogue.ts';
import { type Arc, topologicalOrder } from './graph-order.ts';
import type { NodeId } from './ids.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

export type PlanErrorCode = 'cycle' | 'unknown_target' | 'dangling_edge';

/** Thrown by `plan` and `computeCacheKeys` on a graph that cannot run. Validate first to avoid it. */
export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    /** The nodes concerned: every node of every cycle, the unknown targets, or an edge's ends. */
    readonly nodeIds: readonly string[],
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

type GraphDocument = Pick<WorkflowDocument, 'nodes' | 'edges'>;

function arcsOf(doc: GraphDocument, known: ReadonlySet<string>): Arc[] {
  return doc.edges.map((edge) => {
    if (!known.has(edge.from.node) || !known.has(edge.to.node)) {
      throw new PlanError(
        'dangling_edge',
        `Edge "${edge.id}" connects "${edge.from.node}" to "${edge.to.node}", but one of them is not in the workflow`,
        [edge.from.node, edge.to.node],
      );
    }
    return [edge.from.node, edge.to.node] as const;
  });
}

/**
 * Every node of `doc` in a deterministic topological order (ties broken by node id).
 * Throws `PlanError` on a cycle or a dangling edge.
 */
export function orderNodes(doc: GraphDocument): NodeId[] {
  const ids = doc.nodes.map((node) => node.id);
  const byId = new Map(ids.map((id) => [id as string, id]));
  const result = topologicalOrder(ids, arcsOf(doc, new Set(byId.keys())));
  if (!result.ok) {
    const names = result.cycles.map((cycle) => cycle.map((id) => `"${id}"`).join(', '));
    throw new PlanError(
      'cycle',
      `The workflow has a cycle through ${names.join('; and through ')}`,
      result.cycles.flat(),
    );
  }
  return result.order.map((id) => byId.get(id)!);
}

/**
 * The nodes a run needs, in execution order: the output nodes (or `targets`) and everything
 * upstream of them, in a deterministic topological order (ties broken by node id). Nodes that
 * feed nothing requested are left out.
 */
export function plan(
  doc: WorkflowDocument,
  catalogue: Catalogue,
  targets?: readonly string[],
): NodeId[] {
  const known = new Set<string>(doc.nodes.map((node) => node.id));
  const arcs = arcsOf(doc, known);
  let roots: string[];
  if (targets === undefined) {
    roots = doc.nodes.filter((node) => catalogue.get(node.type).output).map((node) => node.id);
  } else {
    const unknown = targets.filter((target) => !known.has(target));
    if (unknown.length > 0) {
      throw new PlanError(
        'unknown_target',
        `No node ${unknown.map((id) => `"${id}"`).join(', ')} in the workflow`,
        unknown,
      );
    }
    roots = [...targets];
  }
  const upstream = new Map<string, string[]>();
  for (const [from, to] of arcs) upstream.set(to, [...(upstream.get(to) ?? []), from]);
  const needed = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (needed.has(id)) continue;
    needed.add(id);
    pending.push(...(upstream.get(id) ?? []));
  }
  const subgraph = {
    nodes: doc.nodes.filter((node) => needed.has(node.id)),
    edges: doc.edges.filter((edge) => needed.has(edge.to.node)),
  };
  return orderNodes(subgraph);
}
