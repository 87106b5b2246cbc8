import type { Catalogue } from './catalogue.ts';
import {
  type ComponentDefinition,
  type ComponentInput,
  type ComponentOutput,
  type ExposedParam,
  componentType,
  zComponentId,
} from './component-schema.ts';
import { componentSpec, extendCatalogue } from './component-spec.ts';
import { nodeId } from './ids.ts';
import type { PortRef, WorkflowDocument, WorkflowEdge } from './workflow-schema.ts';

/** Thrown by `groupIntoComponent` for a selection it cannot turn into a component. */
export class GroupError extends Error {
  override readonly name = 'GroupError';
}

export interface GroupOptions {
  /** The definition's key in `components`: letters, digits, ".", "_", "-". */
  readonly componentId: string;
  /** The definition's display name. */
  readonly name: string;
  readonly category?: string;
  /** The new node's id; default: `componentId`, suffixed when taken. */
  readonly instanceId?: string;
  /** Inner params shown on the component node (named after the param unless `name` is given). */
  readonly exposed?: readonly { node: string; param: string; name?: string; label?: string }[];
}

function uniqueName(wanted: string, fallback: string, taken: Set<string>): string {
  let name = taken.has(wanted) ? fallback : wanted;
  for (let n = 2; taken.has(name); n += 1) name = `${fallback} ${n}`;
  taken.add(name);
  return name;
}

/** The catalogue of `doc`: `catalogue` plus specs of the document's definitions. */
function documentCatalogue(doc: WorkflowDocument, catalogue: Catalogue): Catalogue {
  let extended = catalogue;
  for (const [id, definition] of Object.entries(doc.components ?? {}))
    extended = extendCatalogue(extended, [componentSpec(id, definition, extended)]);
  return extended;
}

function portType(catalogue: Catalogue, doc: WorkflowDocument, ref: PortRef, side: 'in' | 'out') {
  const node = doc.nodes.find((candidate) => candidate.id === ref.node)!;
  const spec = catalogue.find(node.type);
  const port = (side === 'in' ? spec?.inputs : spec?.outputs)?.find((p) => p.name === ref.port);
  if (!port) throw new GroupError(`Node "${ref.node}" has no known port "${ref.port}"`);
  return port.type;
}

/** Ports named after the inner port, or `node.port` when two share a name. */
function boundaryName(ref: PortRef, all: readonly PortRef[]): string {
  const clash = all.some((other) => other.port === ref.port && other.node !== ref.node);
  return clash ? `${ref.node}.${ref.port}` : ref.port;
}

/** `options` with the swept param exposed when the sweep varies a selected node. */
function withSweptParam(
  doc: WorkflowDocument,
  selected: ReadonlySet<string>,
  options: GroupOptions,
): GroupOptions {
  const sweep = doc.sweep;
  const exposed = options.exposed ?? [];
  if (!sweep || !selected.has(sweep.node)) return options;
  if (exposed.some((e) => e.node === sweep.node && e.param === sweep.param)) return options;
  return { ...options, exposed: [...exposed, { node: sweep.node, param: sweep.param }] };
}

function exposedParams(doc: WorkflowDocument, options: GroupOptions): ExposedParam[] {
  const taken = new Set<string>();
  return (options.exposed ?? []).map((wanted) => {
    const node = doc.nodes.find((candidate) => candidate.id === wanted.node);
    if (!node) throw new GroupError(`No node "${wanted.node}" to expose a param of`);
    const own = Object.hasOwn(node.params, wanted.param) ? node.params[wanted.param] : undefined;
    return {
      name: uniqueName(wanted.name ?? wanted.param, `${wanted.node}.${wanted.param}`, taken),
      ...(wanted.label === undefined ? {} : { label: wanted.label }),
      ...(own === undefined ? {} : { default: own }),
      target: { node: nodeId(wanted.node), param: wanted.param },
    };
  });
}

/**
 * Collapses the nodes `nodeIds` of `doc` into one node of a new component: its inputs are the
 * edges coming into the selection (one per edge), its outputs the inner ports that feed nodes
 * outside (one per port). The new node takes the first selected node's place and position; the
 * edges crossing the boundary keep their ids. A sweep of a selected node's param sweeps that param,
 * exposed, on the new node. Runs exactly as before: flattened, it has the
 * same nodes and cache keys. `ungroupComponent` undoes it.
 */
export function groupIntoComponent(
  doc: WorkflowDocument,
  nodeIds: readonly string[],
  catalogue: Catalogue,
  options: GroupOptions,
): WorkflowDocument {
  const selected = new Set(nodeIds);
  const missing = nodeIds.filter((id) => !doc.nodes.some((node) => node.id === id));
  if (missing.length > 0) throw new GroupError(`No node "${missing[0]}" in the workflow`);
  const first = doc.nodes.findIndex((node) => selected.has(node.id));
  if (selected.size === 0 || first < 0) throw new GroupError('Select at least one node to group');
  if (!zComponentId.safeParse(options.componentId).success)
    throw new GroupError(`"${options.componentId}" cannot name a component`);
  if (doc.components && Object.hasOwn(doc.components, options.componentId))
    throw new GroupError(`The workflow already has a component "${options.componentId}"`);
  const known = documentCatalogue(doc, catalogue);
  const taken = new Set<string>(
    doc.nodes.filter((node) => !selected.has(node.id)).map((n) => n.id),
  );
  let instanceId = options.instanceId ?? options.componentId;
  for (let n = 2; taken.has(instanceId); n += 1) instanceId = `${options.componentId}-${n}`;
  const instance = nodeId(instanceId);

  const incoming = doc.edges.filter((e) => selected.has(e.to.node) && !selected.has(e.from.node));
  const outgoing = doc.edges.filter((e) => selected.has(e.from.node) && !selected.has(e.to.node));
  const inputNames = new Set<string>();
  const inputs = new Map<WorkflowEdge, ComponentInput>();
  for (const edge of incoming) {
    const fallback = `${edge.to.node}.${edge.to.port}`;
    const name = uniqueName(
      boundaryName(
        edge.to,
        incoming.map((e) => e.to),
      ),
      fallback,
      inputNames,
    );
    inputs.set(edge, { name, type: portType(known, doc, edge.to, 'in'), to: [edge.to] });
  }
  const outputs: ComponentOutput[] = [];
  const sources = [
    ...new Map(outgoing.map((e) => [`${e.from.node}\n${e.from.port}`, e.from])).values(),
  ];
  for (const from of sources) {
    const name = uniqueName(
      boundaryName(from, sources),
      `${from.node}.${from.port}`,
      new Set(outputs.map((o) => o.name)),
    );
    outputs.push({ name, type: portType(known, doc, from, 'out'), from });
  }
  const outputOf = (from: PortRef) =>
    outputs.find((o) => o.from.node === from.node && o.from.port === from.port)!.name;

  const definition: ComponentDefinition = {
    name: options.name,
    ...(options.category === undefined ? {} : { category: options.category }),
    version: 1,
    nodes: doc.nodes.filter((node) => selected.has(node.id)),
    edges: doc.edges.filter((e) => selected.has(e.from.node) && selected.has(e.to.node)),
    inputs: [...inputs.values()],
    outputs,
    params: exposedParams(doc, withSweptParam(doc, selected, options)),
  };
  const firstNode = doc.nodes[first]!;
  const node = {
    id: instance,
    type: componentType(options.componentId),
    params: {},
    ...(firstNode.position ? { position: firstNode.position } : {}),
  };
  const nodes = doc.nodes.flatMap((n) =>
    n === firstNode ? [node] : selected.has(n.id) ? [] : [n],
  );
  const edges = doc.edges.flatMap((edge): WorkflowEdge[] => {
    const input = inputs.get(edge);
    if (input) return [{ ...edge, to: { node: instance, port: input.name } }];
    if (selected.has(edge.from.node) && !selected.has(edge.to.node))
      return [{ ...edge, from: { node: instance, port: outputOf(edge.from) } }];
    return selected.has(edge.from.node) ? [] : [edge];
  });
  const components = { ...doc.components, [options.componentId]: definition };
  const sweep = doc.sweep && selected.has(doc.sweep.node) ? doc.sweep : undefined;
  const swept = sweep
    ? definition.params.find((p) => p.target.node === sweep.node && p.target.param === sweep.param)
    : undefined;
  return {
    ...doc,
    nodes,
    edges,
    components,
    ...(sweep && swept ? { sweep: { ...sweep, node: instance, param: swept.name } } : {}),
  };
}
