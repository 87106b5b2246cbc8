// Typed connections: what may connect to what, and connecting (replacing an occupied input).
import {
  type PortType,
  type WorkflowDocument,
  type WorkflowNode,
  canConnect,
  zPortRef,
} from '@tessera/graph';
import { specOf } from './catalogue.ts';
import { freshEdgeId } from './ids.ts';

export type PortSide = 'input' | 'output';

/** The type of a node's port, or undefined when the node, its spec or the port is unknown. */
export function portType(
  doc: WorkflowDocument,
  ref: { node: string; port: string },
  side: PortSide,
): PortType | undefined {
  return portTypeLookup(doc)(ref, side);
}

/** `portType` for many ports of one document: its nodes are indexed once. */
export function portTypeLookup(
  doc: WorkflowDocument,
): (ref: { node: string; port: string }, side: PortSide) => PortType | undefined {
  const byId = new Map<string, WorkflowNode>(doc.nodes.map((n) => [n.id, n]));
  return (ref, side) => {
    const node = byId.get(ref.node);
    const spec = node ? specOf(node.type, doc.components) : undefined;
    const ports = side === 'input' ? spec?.inputs : spec?.outputs;
    return ports?.find((p) => p.name === ref.port)?.type;
  };
}

/** Whether `to` is reachable from `from` along edges (so `to → from` would close a cycle). */
function reaches(doc: WorkflowDocument, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of doc.edges) if (e.from.node === id) stack.push(e.to.node);
  }
  return false;
}

/**
 * Why an output may not feed an input, in a sentence; null when it may. Checks both ports exist,
 * their types are compatible, and the edge would not make a cycle.
 */
export function connectionProblem(
  doc: WorkflowDocument,
  from: { node: string; port: string },
  to: { node: string; port: string },
): string | null {
  const out = portType(doc, from, 'output');
  const inp = portType(doc, to, 'input');
  if (out === undefined) return `"${from.node}" has no output "${from.port}".`;
  if (inp === undefined) return `"${to.node}" has no input "${to.port}".`;
  if (!canConnect(out, inp)) return `${out} cannot feed the ${inp} input "${to.port}".`;
  if (from.node === to.node || reaches(doc, to.node, from.node))
    return 'That connection would make a loop.';
  return null;
}

export type ConnectResult =
  | { readonly ok: true; readonly doc: WorkflowDocument }
  | { readonly ok: false; readonly reason: string };

/** Connects `from` to `to`, replacing whatever fed `to` before; refuses an invalid connection. */
export function connect(
  doc: WorkflowDocument,
  from: { node: string; port: string },
  to: { node: string; port: string },
): ConnectResult {
  const reason = connectionProblem(doc, from, to);
  if (reason !== null) return { ok: false, reason };
  const kept = doc.edges.filter((e) => !(e.to.node === to.node && e.to.port === to.port));
  const id = freshEdgeId(new Set(doc.edges.map((e) => e.id)));
  const edge = { id, from: zPortRef.parse(from), to: zPortRef.parse(to) };
  return { ok: true, doc: { ...doc, edges: [...kept, edge] } };
}
