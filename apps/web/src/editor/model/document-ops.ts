// Pure edits of a workflow document: every function returns a new document and never mutates.
import {
  CURRENT_WORKFLOW_VERSION,
  type NodeId,
  type Params,
  type Position,
  WORKFLOW_FORMAT,
  type WorkflowDocument,
  type WorkflowNode,
} from '@tessera/graph';
import { specOf } from './catalogue.ts';
import { freshNodeId } from './ids.ts';

export function emptyDocument(name = 'Untitled workflow'): WorkflowDocument {
  return {
    format: WORKFLOW_FORMAT,
    version: CURRENT_WORKFLOW_VERSION,
    name,
    description: '',
    nodes: [],
    edges: [],
  };
}

/** The spec's defaults, written out so a saved document says what it runs with. */
export function defaultParams(type: string): Params {
  const params: Params = {};
  for (const param of specOf(type)?.params ?? []) {
    if (param.default !== undefined) params[param.name] = param.default;
  }
  return params;
}

export function nodeIds(doc: WorkflowDocument): Set<string> {
  return new Set(doc.nodes.map((n) => n.id));
}

/** Adds a node of `type` with its default params; answers the new document and the node's id. */
export function addNode(
  doc: WorkflowDocument,
  type: string,
  position: Position,
): { doc: WorkflowDocument; id: NodeId } {
  const id = freshNodeId(type, nodeIds(doc));
  const node: WorkflowNode = {
    id,
    type,
    params: defaultParams(type),
    position: freeSpot(doc, position),
  };
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

/** Nodes added at the same point cascade down and right instead of hiding one another. */
const CASCADE = 32;
function freeSpot(doc: WorkflowDocument, at: Position): Position {
  let p = at;
  const near = (q: Position | undefined): boolean =>
    q !== undefined && Math.abs(q.x - p.x) < CASCADE / 2 && Math.abs(q.y - p.y) < CASCADE / 2;
  while (doc.nodes.some((n) => near(n.position))) p = { x: p.x + CASCADE, y: p.y + CASCADE };
  return p;
}

/** Removes the nodes (and every edge touching them) and the edges named. */
export function removeElements(
  doc: WorkflowDocument,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string> = new Set(),
): WorkflowDocument {
  if (nodes.size === 0 && edges.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
    edges: doc.edges.filter(
      (e) => !edges.has(e.id) && !nodes.has(e.from.node) && !nodes.has(e.to.node),
    ),
  };
}

function mapNode(
  doc: WorkflowDocument,
  id: string,
  change: (node: WorkflowNode) => WorkflowNode,
): WorkflowDocument {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    if (n.id !== id) return n;
    const next = change(n);
    changed ||= next !== n;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

export function setParam(
  doc: WorkflowDocument,
  id: string,
  name: string,
  value: unknown,
): WorkflowDocument {
  return mapNode(doc, id, (n) =>
    Object.is(n.params[name], value) ? n : { ...n, params: { ...n.params, [name]: value } },
  );
}

/** Sets the display title; an empty title goes back to the spec's. */
export function renameNode(doc: WorkflowDocument, id: string, title: string): WorkflowDocument {
  const trimmed = title.trim();
  return mapNode(doc, id, (n) => {
    if ((n.title ?? '') === trimmed) return n;
    const { title: _old, ...rest } = n;
    return trimmed === '' ? rest : { ...rest, title: trimmed };
  });
}

/** Moves nodes to the positions given (others keep theirs). */
export function moveNodes(
  doc: WorkflowDocument,
  positions: ReadonlyMap<string, Position>,
): WorkflowDocument {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p || (p.x === n.position?.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: p };
  });
  return changed ? { ...doc, nodes } : doc;
}

export function renameDocument(doc: WorkflowDocument, name: string): WorkflowDocument {
  return doc.name === name ? doc : { ...doc, name };
}
