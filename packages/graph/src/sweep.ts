import type { WorkflowDocument } from './workflow-schema.ts';

/** How a swept value reads in a run's name: numbers and booleans as is, anything else as JSON. */
function valueText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
    ? String(value)
    : JSON.stringify(value);
}

/**
 * The runs a document stands for: itself when it has no sweep, else one document per swept value
 * (no sweep; the node's param set to the value; the name suffixed " · param=value"), in order.
 * A sweep naming a node the document lacks yields no runs (`validate()` reports it).
 */
export function expandSweep(doc: WorkflowDocument): WorkflowDocument[] {
  const { sweep, ...rest } = doc;
  if (sweep === undefined) return [doc];
  if (!doc.nodes.some((n) => n.id === sweep.node)) return [];
  return sweep.values.map((value) => ({
    ...rest,
    name: `${doc.name} · ${sweep.param}=${valueText(value)}`,
    nodes: doc.nodes.map((n) =>
      n.id === sweep.node ? { ...n, params: { ...n.params, [sweep.param]: value } } : n,
    ),
  }));
}
