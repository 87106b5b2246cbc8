// A piece of a graph for copy/paste and duplicate: nodes and the edges between them.
import {
  type EdgeId,
  type NodeId,
  type WorkflowDocument,
  type WorkflowEdge,
  type WorkflowNode,
  lazySchema,
  zWorkflowEdge,
  zWorkflowNode,
} from '@tessera/graph';
import { z } from 'zod';
import { freshEdgeId, freshNodeId } from './ids.ts';

export const FRAGMENT_FORMAT = 'tessera.fragment';

export const zFragment = lazySchema(() =>
  z.object({
    format: z.literal(FRAGMENT_FORMAT),
    nodes: z.array(zWorkflowNode),
    edges: z.array(zWorkflowEdge),
  }),
);
export type Fragment = z.infer<typeof zFragment>;

/** The nodes named and the edges with both ends among them. */
export function extractFragment(doc: WorkflowDocument, ids: ReadonlySet<string>): Fragment {
  return {
    format: FRAGMENT_FORMAT,
    nodes: doc.nodes.filter((n) => ids.has(n.id)),
    edges: doc.edges.filter((e) => ids.has(e.from.node) && ids.has(e.to.node)),
  };
}

/** Parses clipboard text as a fragment; undefined when it is not one. */
export function readFragment(text: string): Fragment | undefined {
  try {
    const parsed = zFragment.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds a copy of `fragment` with fresh ids, shifted by `offset`; answers the new document and the
 * ids of the pasted nodes.
 */
export function pasteFragment(
  doc: WorkflowDocument,
  fragment: Fragment,
  offset: { x: number; y: number },
): { doc: WorkflowDocument; ids: NodeId[] } {
  const takenNodes = new Set(doc.nodes.map((n) => n.id));
  const takenEdges = new Set<string>(doc.edges.map((e) => e.id));
  const renamed = new Map<string, NodeId>();
  const nodes: WorkflowNode[] = fragment.nodes.map((n) => {
    const id = freshNodeId(n.type, takenNodes);
    renamed.set(n.id, id);
    const p = n.position ?? { x: 0, y: 0 };
    return {
      ...n,
      id,
      params: { ...n.params },
      position: { x: p.x + offset.x, y: p.y + offset.y },
    };
  });
  const edges: WorkflowEdge[] = [];
  for (const e of fragment.edges) {
    const from = renamed.get(e.from.node);
    const to = renamed.get(e.to.node);
    if (from === undefined || to === undefined) continue;
    const id: EdgeId = freshEdgeId(takenEdges);
    edges.push({ id, from: { ...e.from, node: from }, to: { ...e.to, node: to } });
  }
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
    ids: nodes.map((n) => n.id),
  };
}
