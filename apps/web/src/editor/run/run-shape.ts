// The graph a run executes, read from its workflow document: the nodes it runs in order (as the
// hub plans them), their types and which node feeds each input.
import {
  type Catalogue,
  type WorkflowDocument,
  flattenDocument,
  plan,
  validate,
} from '@tessera/graph';
import { EMPTY_SHAPE, type RunShape } from './run-state.ts';

/**
 * The shape of a run of `workflow`: the hub runs it flattened, its component nodes replaced by the
 * nodes inside them (ids `instance/inner`), so the shape is the flattened graph's.
 */
export function runShapeOf(workflow: WorkflowDocument, catalogue: Catalogue): RunShape {
  let order: string[];
  let doc = workflow;
  try {
    doc = flattenDocument(workflow).document;
    order = plan(doc, catalogue);
  } catch {
    // A graph that cannot be planned will fail on the hub; show no nodes rather than guess.
    order = [];
  }
  const types: Record<string, string> = {};
  for (const node of doc.nodes) types[node.id] = node.type;
  const inputs: Record<string, Record<string, string>> = {};
  for (const edge of doc.edges) (inputs[edge.to.node] ??= {})[edge.to.port] = edge.from.node;
  return { name: workflow.name, order, types, inputs };
}

/** The shape of a stored run's document (`unknown` as it comes from the server). */
export function runShapeOfStored(document: unknown, catalogue: Catalogue): RunShape {
  const { document: doc } = validate(document, catalogue);
  return doc ? runShapeOf(doc, catalogue) : EMPTY_SHAPE;
}
