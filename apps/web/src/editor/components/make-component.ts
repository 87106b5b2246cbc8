// Making a component from the selected nodes of the view, and what the dialog offers to expose.
import {
  type WorkflowDocument,
  componentIdOf,
  groupInsideComponent,
  groupIntoComponent,
  ungroupComponent,
  ungroupInsideComponent,
} from '@tessera/graph';
import { catalogue, specOf } from '../model/catalogue.ts';

/** An inner param the dialog offers to show on the component node. */
export interface ExposableParam {
  readonly node: string;
  /** The node's title (or its spec's), to tell params of two nodes apart. */
  readonly nodeTitle: string;
  readonly param: string;
  readonly title: string;
}

/** A param chosen to appear on the component node, under `name`. */
export interface ExposedChoice {
  readonly node: string;
  readonly param: string;
  readonly name: string;
}

/** Every param of the selected nodes, in document order. */
export function exposableParams(
  view: WorkflowDocument,
  nodeIds: ReadonlySet<string>,
): ExposableParam[] {
  return view.nodes
    .filter((node) => nodeIds.has(node.id))
    .flatMap((node) => {
      const spec = specOf(node.type, view.components);
      const nodeTitle = node.title ?? spec?.title ?? node.type;
      return (spec?.params ?? []).map((param) => ({
        node: node.id,
        nodeTitle,
        param: param.name,
        title: param.title ?? param.name,
      }));
    });
}

/** A definition key for `name`: its letters and digits, made unique among `taken`. */
export function componentIdFor(
  name: string,
  taken: Readonly<Record<string, unknown>> = {},
): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'component';
  let id = base;
  for (let n = 2; Object.hasOwn(taken, id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * `view` with the nodes `nodeIds` collapsed into one node of a new component named `name`, the
 * `exposed` inner params shown on it. Throws `GroupError` saying why a selection cannot be grouped.
 */
export function makeComponent(
  view: WorkflowDocument,
  nodeIds: ReadonlySet<string>,
  name: string,
  exposed: readonly ExposedChoice[],
): WorkflowDocument {
  return groupIntoComponent(view, [...nodeIds], catalogue, {
    componentId: componentIdFor(name, view.components),
    name,
    exposed,
  });
}

/**
 * `doc` with the nodes `nodeIds` of its definition `componentId` (the open component) collapsed
 * into one node of a new component nested in it; the open component's ports and shown params
 * that pointed at those nodes go through the new node. Throws `GroupError` as `makeComponent`.
 */
export function makeNestedComponent(
  doc: WorkflowDocument,
  componentId: string,
  nodeIds: ReadonlySet<string>,
  name: string,
  exposed: readonly ExposedChoice[],
): WorkflowDocument {
  return groupInsideComponent(doc, componentId, [...nodeIds], catalogue, {
    componentId: componentIdFor(name, doc.components),
    name,
    exposed,
  });
}

/** The selected component nodes of `view`. */
export function selectedInstances(view: WorkflowDocument, nodeIds: ReadonlySet<string>): string[] {
  return view.nodes
    .filter((node) => nodeIds.has(node.id) && componentIdOf(node.type) !== undefined)
    .map((node) => node.id);
}

/** `view` with each of the component nodes `instanceIds` replaced by the nodes inside it. */
export function ungroupAll(
  view: WorkflowDocument,
  instanceIds: readonly string[],
): WorkflowDocument {
  return instanceIds.reduce((doc, id) => ungroupComponent(doc, id), view);
}

/**
 * `doc` with each of the component nodes `instanceIds` of its definition `componentId` (the open
 * component) replaced by the nodes inside it; the open component's ports and shown params that
 * pointed at them follow to those nodes.
 */
export function ungroupAllInside(
  doc: WorkflowDocument,
  componentId: string,
  instanceIds: readonly string[],
): WorkflowDocument {
  return instanceIds.reduce((next, id) => ungroupInsideComponent(next, componentId, id), doc);
}
