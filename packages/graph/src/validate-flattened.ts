import type { Catalogue } from './catalogue.ts';
import { FlattenError, type FlatOrigin, flattenDocument } from './flatten-document.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import { checkEdges } from './validate-edges.ts';
import { checkCycles, checkRequiredInputs } from './validate-graph.ts';
import { checkNodes, indexNodes } from './validate-nodes.ts';
import type { Indexed } from './validate-shape.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

function originOfProblem(
  found: Problem,
  nodes: ReadonlyMap<string, FlatOrigin>,
  edges: ReadonlyMap<string, FlatOrigin>,
): FlatOrigin | undefined {
  if (found.edgeId !== undefined) return edges.get(found.edgeId);
  const ids = found.nodeIds ?? (found.nodeId === undefined ? [] : [found.nodeId]);
  return ids.map((id) => nodes.get(id)).find((origin) => origin !== undefined);
}

/**
 * Checks what lies inside the document's component instances: flattens it and checks the
 * flattened graph (node types, params, inner edges, required inputs, cycles), keeping only the
 * problems of inner nodes and edges (the top level was checked already). Each one points at its
 * instance (`path` `nodes[i]`, `nodeId`) and the inner node (`inner`), and its message names both.
 */
export function checkInsideInstances(
  doc: WorkflowDocument,
  catalogue: Catalogue,
  problems: Problem[],
): void {
  const indexOf = new Map(doc.nodes.map((node, index) => [node.id as string, index]));
  let flat;
  try {
    flat = flattenDocument(doc);
  } catch (error) {
    if (!(error instanceof FlattenError)) throw error;
    // Unknown definitions and ports were reported at the top level already.
    if (error.code !== 'duplicate_flat_id') return;
    problems.push(
      problem(PROBLEM_CODES.COMPONENT_ID_CLASH, {
        path: ['nodes', indexOf.get(error.nodeId) ?? 0],
        nodeId: error.nodeId,
        message: `${error.message}.`,
      }),
    );
    return;
  }
  if (flat.nodeOrigins.size === 0) return;
  const inside: Problem[] = [];
  const nodes: Indexed<WorkflowDocument['nodes'][number]>[] = flat.document.nodes.map(
    (value, index) => ({ value, index }),
  );
  const edges = flat.document.edges.map((value, index) => ({ value, index }));
  const byId = indexNodes(nodes, inside);
  const specs = checkNodes(nodes, catalogue, inside);
  const index = { byId, specs, malformedIds: new Set<string>() };
  const connected = checkEdges(edges, index, inside);
  checkRequiredInputs(index, connected, inside);
  checkCycles(index, edges, inside);
  const reported = new Set(
    problems
      .filter((p) => p.code === PROBLEM_CODES.REQUIRED_INPUT_MISSING)
      .map((p) => p.nodeId as string),
  );
  for (const found of inside) {
    const origin = originOfProblem(found, flat.nodeOrigins, flat.edgeOrigins);
    if (origin === undefined) continue;
    if (found.code === PROBLEM_CODES.REQUIRED_INPUT_MISSING && reported.has(origin.instance))
      continue;
    const instance = doc.nodes[indexOf.get(origin.instance)!]!;
    problems.push({
      ...found,
      path: ['nodes', indexOf.get(origin.instance)!],
      nodeId: origin.instance,
      inner: origin.inner,
      message: `Inside component node "${instance.id}" (${instance.type}), at "${origin.inner}": ${found.message}`,
    });
  }
}
