import {
  COMPONENT_ID_SEPARATOR,
  type ComponentDefinition,
  componentIdOf,
} from './component-schema.ts';
import { applyExposedParams } from './flatten-document.ts';
import { edgeId, nodeId } from './ids.ts';
import type { PortRef, WorkflowDocument, WorkflowEdge, WorkflowNode } from './workflow-schema.ts';

/** Thrown by `ungroupComponent` for a node that is not a component instance of the document. */
export class UngroupError extends Error {
  override readonly name = 'UngroupError';
}

/**
 * The id an inner node of component node `instanceId` gets when it is ungrouped: its own, or
 * `instance/inner` for all of them when one would clash with a node of `doc`.
 */
export function ungroupedIds(
  doc: WorkflowDocument,
  instanceId: string,
  definition: ComponentDefinition,
): (inner: string) => string {
  const others = new Set(doc.nodes.filter((node) => node.id !== instanceId).map((node) => node.id));
  const clash = definition.nodes.some((node) => others.has(node.id));
  return (inner) => (clash ? `${instanceId}${COMPONENT_ID_SEPARATOR}${inner}` : inner);
}

/**
 * Replaces the component node `instanceId` by the nodes and edges of its definition, with its
 * params applied: the inverse of `groupIntoComponent` (which it restores exactly, arrays in the
 * same order when the grouped nodes were next to each other). Inner ids are kept unless they
 * clash with the document's, then they become `instance/inner`. The definition is dropped when
 * no other node uses it; a sweep of an exposed param moves to the inner param it sets.
 */
export function ungroupComponent(doc: WorkflowDocument, instanceId: string): WorkflowDocument {
  const instance = doc.nodes.find((node) => node.id === instanceId);
  const id = instance ? componentIdOf(instance.type) : undefined;
  const definition = id === undefined ? undefined : doc.components?.[id];
  if (!instance || id === undefined || !definition)
    throw new UngroupError(`Node "${instanceId}" is not a component node of this workflow`);
  const rename = ungroupedIds(doc, instanceId, definition);
  const ref = (inner: PortRef): PortRef => ({ node: nodeId(rename(inner.node)), port: inner.port });

  const innerNodes: WorkflowNode[] = applyExposedParams(definition, instance.params).map((n) => ({
    ...n,
    id: nodeId(rename(n.id)),
  }));
  const innerEdges: WorkflowEdge[] = definition.edges.map((e) => ({
    id: edgeId(rename(e.id)),
    from: ref(e.from),
    to: ref(e.to),
  }));
  const nodes = doc.nodes.flatMap((node) => (node === instance ? innerNodes : [node]));
  let innerEdgesPlaced = false;
  const edges = doc.edges.flatMap((edge): WorkflowEdge[] => {
    const touches = edge.from.node === instanceId || edge.to.node === instanceId;
    if (!touches) return [edge];
    const output = definition.outputs.find((o) => o.name === edge.from.port);
    const from = edge.from.node === instanceId && output ? ref(output.from) : edge.from;
    const input = definition.inputs.find((i) => i.name === edge.to.port);
    const targets = edge.to.node === instanceId && input ? input.to.map(ref) : [edge.to];
    const rewired = targets.map((to, index) => ({
      id: index === 0 ? edge.id : edgeId(`${edge.id}${COMPONENT_ID_SEPARATOR}${index + 1}`),
      from,
      to,
    }));
    if (innerEdgesPlaced) return rewired;
    innerEdgesPlaced = true;
    return [...rewired, ...innerEdges];
  });
  if (!innerEdgesPlaced) edges.push(...innerEdges);

  const stillUsed = nodes.some((node) => node.type === instance.type);
  const { components, ...rest } = doc;
  const swept = doc.sweep?.node === instanceId ? doc.sweep : undefined;
  const target = definition.params.find((p) => p.name === swept?.param)?.target;
  if (swept && target)
    rest.sweep = { ...swept, node: nodeId(rename(target.node)), param: target.param };
  const remaining = Object.fromEntries(
    Object.entries(components ?? {}).filter(([key]) => stillUsed || key !== id),
  );
  return Object.keys(remaining).length > 0
    ? { ...rest, nodes, edges, components: remaining }
    : { ...rest, nodes, edges };
}
