// What changed between two workflow documents: nodes added and removed (by id), params changed
// (with defaults resolved, so an explicit default equals a missing param), nodes only moved
// (layout), links added and removed (by their endpoints, not their ids), name and description.
import type { Catalogue } from './catalogue.ts';
import { canonicalJson } from './canonical-json.ts';
import type { ComponentDefinition } from './component-schema.ts';
import type {
  Params,
  Position,
  WorkflowDocument,
  WorkflowEdge,
  WorkflowNode,
} from './workflow-schema.ts';

export interface ValueChange<T> {
  readonly before: T;
  readonly after: T;
}

/** One param whose effective value differs; `undefined` is a param with no value and no default. */
export interface ParamChange {
  readonly name: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A node present in both documents (same id and type) whose params or title differ. */
export interface NodeChange {
  readonly id: string;
  readonly type: string;
  readonly params: readonly ParamChange[];
  readonly title: ValueChange<string | undefined> | null;
}

/** A node present in both documents that only moved: layout, never what a run computes. */
export interface NodeMove {
  readonly id: string;
  readonly before: Position | undefined;
  readonly after: Position | undefined;
}

export interface DocumentDiff {
  readonly name: ValueChange<string> | null;
  readonly description: ValueChange<string> | null;
  /** In `b`, not in `a`; a node whose type changed counts as removed and added. */
  readonly addedNodes: readonly WorkflowNode[];
  /** In `a`, not in `b`. */
  readonly removedNodes: readonly WorkflowNode[];
  readonly changedNodes: readonly NodeChange[];
  readonly movedNodes: readonly NodeMove[];
  readonly addedEdges: readonly WorkflowEdge[];
  readonly removedEdges: readonly WorkflowEdge[];
  /** Ids of component definitions added, removed or changed (inner layout aside), sorted. */
  readonly changedComponents: readonly string[];
}

export interface DiffOptions {
  /** Resolves params against their specs' defaults; without it params are compared as written. */
  readonly catalogue?: Catalogue;
}

/** The identity of a link: its endpoints (two saves may give the same link another id). */
export function edgeKey(edge: WorkflowEdge): string {
  return `${edge.from.node}.${edge.from.port}->${edge.to.node}.${edge.to.port}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === undefined || b === undefined) return false;
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

function effectiveParams(node: WorkflowNode, options: DiffOptions): Params {
  const spec = options.catalogue?.find(node.type);
  if (!spec) return node.params;
  const resolved: Params = {};
  for (const param of spec.params) {
    const value = Object.hasOwn(node.params, param.name) ? node.params[param.name] : param.default;
    if (value !== undefined) resolved[param.name] = value;
  }
  // Keys the spec does not declare still count: they are in the document.
  for (const [name, value] of Object.entries(node.params))
    if (!Object.hasOwn(resolved, name)) resolved[name] = value;
  return resolved;
}

function paramChanges(a: WorkflowNode, b: WorkflowNode, options: DiffOptions): ParamChange[] {
  const before = effectiveParams(a, options);
  const after = effectiveParams(b, options);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .filter((name) => !sameValue(before[name], after[name]))
    .map((name) => ({ name, before: before[name], after: after[name] }));
}

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  a?.x === b?.x && a?.y === b?.y;

function diffNodes(a: WorkflowDocument, b: WorkflowDocument, options: DiffOptions) {
  const inA = new Map(a.nodes.map((n) => [n.id as string, n]));
  const inB = new Map(b.nodes.map((n) => [n.id as string, n]));
  const kept = (n: WorkflowNode, other: ReadonlyMap<string, WorkflowNode>): boolean =>
    other.get(n.id)?.type === n.type;
  const changedNodes: NodeChange[] = [];
  const movedNodes: NodeMove[] = [];
  for (const after of b.nodes) {
    const before = inA.get(after.id);
    if (before === undefined || before.type !== after.type) continue;
    const params = paramChanges(before, after, options);
    const title =
      before.title === after.title ? null : { before: before.title, after: after.title };
    if (params.length > 0 || title !== null)
      changedNodes.push({ id: after.id, type: after.type, params, title });
    if (!samePosition(before.position, after.position))
      movedNodes.push({ id: after.id, before: before.position, after: after.position });
  }
  return {
    addedNodes: b.nodes.filter((n) => !kept(n, inA)),
    removedNodes: a.nodes.filter((n) => !kept(n, inB)),
    changedNodes,
    movedNodes,
  };
}

function diffEdges(a: WorkflowDocument, b: WorkflowDocument) {
  const keysA = new Set(a.edges.map(edgeKey));
  const keysB = new Set(b.edges.map(edgeKey));
  return {
    addedEdges: b.edges.filter((e) => !keysA.has(edgeKey(e))),
    removedEdges: a.edges.filter((e) => !keysB.has(edgeKey(e))),
  };
}

/** A definition without its inner layout, to compare. */
function componentMeaning(definition: ComponentDefinition | undefined): string {
  if (definition === undefined) return '';
  const nodes = definition.nodes.map(({ position: _position, ...node }) => node);
  return canonicalJson({ ...definition, nodes });
}

function diffComponents(a: WorkflowDocument, b: WorkflowDocument): string[] {
  const ids = new Set([...Object.keys(a.components ?? {}), ...Object.keys(b.components ?? {})]);
  return [...ids]
    .filter((id) => componentMeaning(a.components?.[id]) !== componentMeaning(b.components?.[id]))
    .sort();
}

/** What changed from `a` (older) to `b` (newer). Pure: neither document is touched. */
export function diffDocuments(
  a: WorkflowDocument,
  b: WorkflowDocument,
  options: DiffOptions = {},
): DocumentDiff {
  return {
    name: a.name === b.name ? null : { before: a.name, after: b.name },
    description:
      a.description === b.description ? null : { before: a.description, after: b.description },
    ...diffNodes(a, b, options),
    ...diffEdges(a, b),
    changedComponents: diffComponents(a, b),
  };
}

/** True when nothing but layout changed. */
export function isLayoutOnly(diff: DocumentDiff): boolean {
  return (
    diff.name === null &&
    diff.description === null &&
    diff.addedNodes.length === 0 &&
    diff.removedNodes.length === 0 &&
    diff.changedNodes.length === 0 &&
    diff.addedEdges.length === 0 &&
    diff.removedEdges.length === 0 &&
    diff.changedComponents.length === 0
  );
}
