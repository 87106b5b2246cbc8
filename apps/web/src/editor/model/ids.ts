// Fresh node and edge ids: short, readable, never reused within a document.
import { type EdgeId, type NodeId, edgeId, nodeId } from '@tessera/graph';

/** A readable base for a node type's ids: `ar.plan` → `plan`, `image.save` → `save`. */
export function idBase(type: string): string {
  const last = type.split('.').pop() ?? type;
  return last.replace(/[^A-Za-z0-9_-]/g, '_') || 'node';
}

/** The first of `base`, `base_2`, `base_3`… not in `taken` (which it then joins). */
export function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

export function freshNodeId(type: string, taken: Set<string>): NodeId {
  return nodeId(freshId(idBase(type), taken));
}

export function freshEdgeId(taken: Set<string>): EdgeId {
  return edgeId(freshId('e', taken));
}
