// Two versions drawn as one graph: the newer document, with the nodes and links the older one
// had and the newer lost added back as ghosts, and a mark on everything that changed.
import {
  type DocumentDiff,
  type ParamChange,
  type WorkflowDocument,
  type WorkflowEdge,
  type WorkflowNode,
  diffDocuments,
  edgeId,
  nodeId,
} from '@tessera/graph';
import { catalogue } from '../model/catalogue.ts';

export type NodeMark = 'added' | 'removed' | 'changed';
export type EdgeMark = 'added' | 'removed';

/** How to highlight a graph; every map is keyed by the ids of the drawn document. */
export interface GraphMarks {
  readonly nodes: ReadonlyMap<string, NodeMark>;
  /** Per node, its changed params by name. */
  readonly params: ReadonlyMap<string, ReadonlyMap<string, ParamChange>>;
  readonly edges: ReadonlyMap<string, EdgeMark>;
}

export interface DiffView {
  /** The newer document plus ghosts of what was removed. */
  readonly doc: WorkflowDocument;
  readonly marks: GraphMarks;
  readonly diff: DocumentDiff;
}

/** What `older` → `newer` changed, with defaults resolved by the editor's catalogue. */
export function diffVersions(older: WorkflowDocument, newer: WorkflowDocument): DocumentDiff {
  return diffDocuments(older, newer, { catalogue });
}

export function diffView(older: WorkflowDocument, newer: WorkflowDocument): DiffView {
  const diff = diffVersions(older, newer);
  const taken = new Set<string>(newer.nodes.map((n) => n.id));
  // A removed node whose id the newer document reuses (its type changed) gets a ghost id.
  const ghostIds = new Map<string, string>();
  for (const node of diff.removedNodes) {
    let ghost: string = node.id;
    while (taken.has(ghost)) ghost = `${ghost}~removed`;
    taken.add(ghost);
    ghostIds.set(node.id, ghost);
  }
  const ghostOf = (id: string): string => ghostIds.get(id) ?? id;
  const ghosts: WorkflowNode[] = diff.removedNodes.map((n) => ({
    ...n,
    id: nodeId(ghostOf(n.id)),
  }));
  const takenEdges = new Set<string>(newer.edges.map((e) => e.id));
  const removedEdges: WorkflowEdge[] = diff.removedEdges.map((e, i) => {
    let id = `removed-${i}`;
    while (takenEdges.has(id)) id = `${id}~`;
    return {
      id: edgeId(id),
      from: { ...e.from, node: nodeId(ghostOf(e.from.node)) },
      to: { ...e.to, node: nodeId(ghostOf(e.to.node)) },
    };
  });

  const nodes = new Map<string, NodeMark>();
  for (const n of diff.addedNodes) nodes.set(n.id, 'added');
  for (const n of ghosts) nodes.set(n.id, 'removed');
  const params = new Map<string, ReadonlyMap<string, ParamChange>>();
  for (const change of diff.changedNodes) {
    nodes.set(change.id, 'changed');
    params.set(change.id, new Map(change.params.map((p) => [p.name, p])));
  }
  const edges = new Map<string, EdgeMark>();
  const added = new Set(diff.addedEdges);
  for (const e of newer.edges) if (added.has(e)) edges.set(e.id, 'added');
  for (const e of removedEdges) edges.set(e.id, 'removed');

  return {
    doc: { ...newer, nodes: [...newer.nodes, ...ghosts], edges: [...newer.edges, ...removedEdges] },
    marks: { nodes, params, edges },
    diff,
  };
}
