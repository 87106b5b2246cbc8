import {
  COMPONENT_ID_SEPARATOR,
  type ComponentDefinition,
  type Components,
  MAX_COMPONENT_DEPTH,
  componentIdOf,
} from './component-schema.ts';
import { type EdgeId, type NodeId, edgeId, nodeId } from './ids.ts';
import type {
  PortRef,
  WorkflowDocument,
  WorkflowEdge,
  WorkflowNode,
  WorkflowSweep,
} from './workflow-schema.ts';

export type FlattenErrorCode =
  | 'unknown_component'
  | 'component_cycle'
  | 'component_too_deep'
  | 'unknown_component_port'
  | 'duplicate_flat_id';

/** Thrown by `flattenDocument` for components that cannot be expanded. Validate first to avoid it. */
export class FlattenError extends Error {
  constructor(
    readonly code: FlattenErrorCode,
    message: string,
    /** The top-level node (instance) concerned. */
    readonly nodeId: NodeId,
  ) {
    super(message);
    this.name = 'FlattenError';
  }
}

/** Where a node of the flattened graph came from: a top-level instance and its path inside. */
export interface FlatOrigin {
  readonly instance: NodeId;
  /** The inner node's id, nested ones joined: `inner` or `inner/leaf`. */
  readonly inner: string;
}

export interface FlattenResult {
  /** The document with every instance replaced by its nodes and no `components`. */
  readonly document: WorkflowDocument;
  /** Flattened node and edge ids of nodes and edges inside instances → their origin. */
  readonly nodeOrigins: ReadonlyMap<string, FlatOrigin>;
  readonly edgeOrigins: ReadonlyMap<string, FlatOrigin>;
}

interface Boundary {
  readonly inputs: ReadonlyMap<string, readonly PortRef[]>;
  readonly outputs: ReadonlyMap<string, PortRef>;
}

interface Scope {
  readonly components: Components;
  readonly prefix: string;
  /** Definition ids from the document down to here. */
  readonly stack: readonly string[];
  readonly top: NodeId | undefined;
  readonly nodes: WorkflowNode[];
  readonly edges: WorkflowEdge[];
  readonly nodeOrigins: Map<string, FlatOrigin>;
  readonly edgeOrigins: Map<string, FlatOrigin>;
}

const SEP = COMPONENT_ID_SEPARATOR;

function originOf(scope: Scope, flatId: string): FlatOrigin | undefined {
  return scope.top === undefined
    ? undefined
    : { instance: scope.top, inner: flatId.slice(scope.top.length + SEP.length) };
}

/** The definition's nodes with the instance's exposed params (or their defaults) applied. */
export function applyExposedParams(
  definition: ComponentDefinition,
  params: Readonly<Record<string, unknown>>,
): WorkflowNode[] {
  const nodes = definition.nodes.map((node) => ({ ...node, params: { ...node.params } }));
  for (const exposed of definition.params) {
    const value = Object.hasOwn(params, exposed.name) ? params[exposed.name] : exposed.default;
    const target = nodes.find((node) => node.id === exposed.target.node);
    if (value !== undefined && target) target.params[exposed.target.param] = value;
  }
  return nodes;
}

function definitionOf(scope: Scope, node: WorkflowNode, id: string): ComponentDefinition {
  const top = scope.top ?? node.id;
  const definition = Object.hasOwn(scope.components, id) ? scope.components[id] : undefined;
  if (definition === undefined)
    throw new FlattenError('unknown_component', `No component "${id}" in the document`, top);
  if (scope.stack.includes(id)) {
    const loop = [...scope.stack.slice(scope.stack.indexOf(id)), id].map((c) => `"${c}"`);
    throw new FlattenError(
      'component_cycle',
      `Components contain each other in a loop: ${loop.join(' → ')}`,
      top,
    );
  }
  if (scope.stack.length >= MAX_COMPONENT_DEPTH) {
    throw new FlattenError(
      'component_too_deep',
      `Components nest deeper than ${MAX_COMPONENT_DEPTH} levels (${[...scope.stack, id].join(' → ')})`,
      top,
    );
  }
  return definition;
}

function portOf<T>(map: ReadonlyMap<string, T>, port: string, node: string, scope: Scope): T {
  const found = map.get(port);
  if (found === undefined) {
    throw new FlattenError(
      'unknown_component_port',
      `Component node "${scope.prefix}${node}" has no port "${port}"`,
      scope.top ?? nodeId(node),
    );
  }
  return found;
}

function targetsOf(ref: PortRef, boundaries: Map<string, Boundary>, scope: Scope): PortRef[] {
  const boundary = boundaries.get(ref.node);
  if (boundary) return [...portOf(boundary.inputs, ref.port, ref.node, scope)];
  return [{ node: nodeId(`${scope.prefix}${ref.node}`), port: ref.port }];
}

function sourceOf(ref: PortRef, boundaries: Map<string, Boundary>, scope: Scope): PortRef {
  const boundary = boundaries.get(ref.node);
  if (boundary) return portOf(boundary.outputs, ref.port, ref.node, scope);
  return { node: nodeId(`${scope.prefix}${ref.node}`), port: ref.port };
}

function expandInstance(scope: Scope, node: WorkflowNode, id: string): Boundary {
  const definition = definitionOf(scope, node, id);
  const inner: Scope = {
    ...scope,
    prefix: `${scope.prefix}${node.id}${SEP}`,
    stack: [...scope.stack, id],
    top: scope.top ?? node.id,
  };
  const boundaries = flattenInto(
    inner,
    applyExposedParams(definition, node.params),
    definition.edges,
  );
  return {
    inputs: new Map(
      definition.inputs.map((input) => [
        input.name,
        input.to.flatMap((ref) => targetsOf(ref, boundaries, inner)),
      ]),
    ),
    outputs: new Map(
      definition.outputs.map((output) => [output.name, sourceOf(output.from, boundaries, inner)]),
    ),
  };
}

function flattenInto(
  scope: Scope,
  nodes: readonly WorkflowNode[],
  edges: readonly WorkflowEdge[],
): Map<string, Boundary> {
  const boundaries = new Map<string, Boundary>();
  for (const node of nodes) {
    const id = componentIdOf(node.type);
    if (id !== undefined) {
      boundaries.set(node.id, expandInstance(scope, node, id));
      continue;
    }
    const flatId = nodeId(`${scope.prefix}${node.id}`);
    scope.nodes.push({ ...node, id: flatId });
    const origin = originOf(scope, flatId);
    if (origin) scope.nodeOrigins.set(flatId, origin);
  }
  for (const edge of edges) {
    const from = sourceOf(edge.from, boundaries, scope);
    const targets = targetsOf(edge.to, boundaries, scope);
    for (const to of targets) {
      const suffix = targets.length === 1 ? '' : `${SEP}${to.node}.${to.port}`;
      const flatId: EdgeId = edgeId(`${scope.prefix}${edge.id}${suffix}`);
      scope.edges.push({ id: flatId, from, to });
      const origin = originOf(scope, flatId);
      if (origin) scope.edgeOrigins.set(flatId, origin);
    }
  }
  return boundaries;
}

/** A sweep of an instance's exposed param, moved to the inner node and param it sets. */
function flatSweep(doc: WorkflowDocument, sweep: WorkflowSweep): WorkflowSweep {
  let nodes = doc.nodes;
  let node = sweep.node as string;
  let param = sweep.param;
  let prefix = '';
  for (let depth = 0; depth <= MAX_COMPONENT_DEPTH; depth += 1) {
    const current = nodes.find((n) => n.id === node);
    const id = current ? componentIdOf(current.type) : undefined;
    const definition = id === undefined ? undefined : doc.components?.[id];
    const exposed = definition?.params.find((p) => p.name === param);
    if (!definition || !exposed) break;
    prefix = `${prefix}${node}${SEP}`;
    nodes = definition.nodes;
    node = exposed.target.node;
    param = exposed.target.param;
  }
  return { ...sweep, node: nodeId(`${prefix}${node}`), param };
}

/**
 * Replaces every component instance by its definition's nodes, recursively, with stable ids
 * `instance/inner` (nested: `outer/inner/leaf`): links across a boundary are rewired to the inner
 * ports, exposed params set on their targets. A document without instances comes back as it is.
 * Throws `FlattenError` for an unknown definition or port, a loop between definitions, nesting
 * deeper than `MAX_COMPONENT_DEPTH` or a flattened id used twice.
 */
export function flattenDocument(doc: WorkflowDocument): FlattenResult {
  const { components, ...rest } = doc;
  const scope: Scope = {
    components: components ?? {},
    prefix: '',
    stack: [],
    top: undefined,
    nodes: [],
    edges: [],
    nodeOrigins: new Map(),
    edgeOrigins: new Map(),
  };
  if (!doc.nodes.some((node) => componentIdOf(node.type) !== undefined)) {
    return { document: rest, nodeOrigins: scope.nodeOrigins, edgeOrigins: scope.edgeOrigins };
  }
  flattenInto(scope, doc.nodes, doc.edges);
  const seen = new Set<string>();
  for (const node of scope.nodes) {
    if (seen.has(node.id)) {
      const origin = scope.nodeOrigins.get(node.id);
      throw new FlattenError(
        'duplicate_flat_id',
        `Two nodes would both be "${node.id}" once components are expanded; rename one`,
        origin?.instance ?? node.id,
      );
    }
    seen.add(node.id);
  }
  const document: WorkflowDocument = {
    ...rest,
    nodes: scope.nodes,
    edges: scope.edges,
    ...(rest.sweep ? { sweep: flatSweep(doc, rest.sweep) } : {}),
  };
  return { document, nodeOrigins: scope.nodeOrigins, edgeOrigins: scope.edgeOrigins };
}
