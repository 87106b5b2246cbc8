import { COMPONENT_ID_SEPARATOR, componentIdOf } from './component-schema.ts';
import type { FlatOrigin } from './flatten-document.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

/**
 * The component node of `doc` that a node id of its flattened graph (from a run's events, say
 * `planner/plan`) lies inside, with the inner node's path; `undefined` for an id of a node of
 * `doc` itself or of none. What an editor needs to show an inner node's progress on its
 * component node.
 */
export function componentNodeOf(doc: WorkflowDocument, flatId: string): FlatOrigin | undefined {
  if (doc.nodes.some((node) => node.id === flatId)) return undefined;
  const instance = doc.nodes.find(
    (node) =>
      componentIdOf(node.type) !== undefined &&
      flatId.startsWith(`${node.id}${COMPONENT_ID_SEPARATOR}`),
  );
  return instance
    ? {
        instance: instance.id,
        inner: flatId.slice(instance.id.length + COMPONENT_ID_SEPARATOR.length),
      }
    : undefined;
}
