import type { WorkflowDocument } from '@tessera/graph';

/** `nodeId` and every node it depends on, through the document's edges. */
export function upstreamOf(doc: Pick<WorkflowDocument, 'edges'>, nodeId: string): Set<string> {
  const sources = new Map<string, string[]>();
  for (const edge of doc.edges) {
    sources.set(edge.to.node, [...(sources.get(edge.to.node) ?? []), edge.from.node]);
  }
  const seen = new Set<string>();
  const pending = [nodeId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(sources.get(id) ?? []));
  }
  return seen;
}
