// When a definition loses inputs, outputs or exposed params (a library update, an inner node
// deleted inside it), its instances follow: their links to and from ports it no longer has and
// their values for params it no longer exposes go, wherever an instance sits (in the workflow or
// inside another definition).
import { type Components, componentIdOf } from './component-schema.ts';
import type { WorkflowDocument, WorkflowEdge, WorkflowNode } from './workflow-schema.ts';

/** The boundary names of one definition. */
interface Boundary {
  readonly inputs: ReadonlySet<string>;
  readonly outputs: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
}

interface Graph {
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly WorkflowEdge[];
}

const names = (entries: readonly { name: string }[]) => new Set(entries.map((e) => e.name));

/** `graph` with its instances fitted to `boundaries`; `graph` itself when none changed. */
function fitGraph<G extends Graph>(graph: G, boundaries: ReadonlyMap<string, Boundary>): G {
  const boundaryOf = new Map<string, Boundary>();
  for (const node of graph.nodes) {
    const id = componentIdOf(node.type);
    const boundary = id === undefined ? undefined : boundaries.get(id);
    if (boundary) boundaryOf.set(node.id, boundary);
  }
  if (boundaryOf.size === 0) return graph;
  const edges = graph.edges.filter(
    (edge) =>
      boundaryOf.get(edge.to.node)?.inputs.has(edge.to.port) !== false &&
      boundaryOf.get(edge.from.node)?.outputs.has(edge.from.port) !== false,
  );
  let nodesChanged = false;
  const nodes = graph.nodes.map((node) => {
    const boundary = boundaryOf.get(node.id);
    if (!boundary || Object.keys(node.params).every((name) => boundary.params.has(name)))
      return node;
    nodesChanged = true;
    const params = Object.fromEntries(
      Object.entries(node.params).filter(([name]) => boundary.params.has(name)),
    );
    return { ...node, params };
  });
  if (!nodesChanged && edges.length === graph.edges.length) return graph;
  return {
    ...graph,
    nodes: nodesChanged ? nodes : graph.nodes,
    edges: edges.length === graph.edges.length ? graph.edges : edges,
  };
}

/**
 * `doc` with every instance of the definitions `componentIds` (in the workflow and inside other
 * definitions) rid of its links to and from ports its definition does not have and of its values
 * for params the definition does not expose; a sweep of such a param on an instance goes too.
 * Returns `doc` itself when nothing changed.
 */
export function fitInstancesToDefinitions(
  doc: WorkflowDocument,
  componentIds: Iterable<string>,
): WorkflowDocument {
  const boundaries = new Map<string, Boundary>();
  for (const id of componentIds) {
    const definition = doc.components?.[id];
    if (definition)
      boundaries.set(id, {
        inputs: names(definition.inputs),
        outputs: names(definition.outputs),
        params: names(definition.params),
      });
  }
  if (boundaries.size === 0) return doc;
  const top = fitGraph(doc, boundaries);
  let componentsChanged = false;
  const components: Components = {};
  for (const [id, definition] of Object.entries(doc.components ?? {})) {
    const fitted = fitGraph(definition, boundaries);
    componentsChanged ||= fitted !== definition;
    components[id] = fitted;
  }
  const sweep = doc.sweep;
  const swept = sweep ? doc.nodes.find((node) => node.id === sweep.node) : undefined;
  const sweptComponent = swept ? componentIdOf(swept.type) : undefined;
  const sweepLost =
    sweep !== undefined &&
    sweptComponent !== undefined &&
    boundaries.get(sweptComponent)?.params.has(sweep.param) === false;
  if (top === doc && !componentsChanged && !sweepLost) return doc;
  const { sweep: _sweep, ...rest } = top;
  return {
    ...rest,
    ...(sweep && !sweepLost ? { sweep } : {}),
    ...(componentsChanged ? { components } : {}),
  };
}
