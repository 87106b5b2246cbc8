// Ungrouping a component node inside a component: the outer definition's inputs, outputs and
// exposed params that pointed at that node keep working, pointing at the inner nodes its ports
// and params led to.
import { type ExposedParam, componentIdOf } from './component-schema.ts';
import { boundaryLinks, rewiredBoundary } from './definition-boundary-links.ts';
import { nodeId } from './ids.ts';
import { UngroupError, ungroupComponent, ungroupedIds } from './ungroup-component.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

/**
 * `doc` with component node `instanceId` of definition `componentId` replaced by its nodes (see
 * `ungroupComponent`), the definition's inputs, outputs and exposed params that pointed at it
 * pointing at the inner ports and params they led to.
 */
export function ungroupInsideComponent(
  doc: WorkflowDocument,
  componentId: string,
  instanceId: string,
): WorkflowDocument {
  const definition = doc.components?.[componentId];
  if (!definition) throw new UngroupError(`No component "${componentId}" in the workflow`);
  const { sweep: _sweep, ...rest } = doc;
  const inside: WorkflowDocument = {
    ...rest,
    nodes: definition.nodes,
    edges: [...definition.edges, ...boundaryLinks(definition, new Set([instanceId]))],
  };
  const instance = definition.nodes.find((node) => node.id === instanceId);
  const nestedId = instance === undefined ? undefined : componentIdOf(instance.type);
  const nested = nestedId === undefined ? undefined : doc.components?.[nestedId];
  // Before ungrouping: the new ids depend on the nodes beside the instance.
  const rename = nested ? ungroupedIds(inside, instanceId, nested) : undefined;
  const result = ungroupComponent(inside, instanceId);
  const retarget = (param: ExposedParam): ExposedParam => {
    if (param.target.node !== instanceId || !nested || !rename) return param;
    const through = nested.params.find((p) => p.name === param.target.param)?.target;
    if (!through) return param;
    return { ...param, target: { node: nodeId(rename(through.node)), param: through.param } };
  };
  const components = {
    ...doc.components,
    [componentId]: {
      ...definition,
      ...rewiredBoundary(definition, result.edges),
      nodes: result.nodes,
      params: definition.params.map(retarget),
    },
  };
  // The nested definition goes when nothing in the whole document uses it any more.
  const type = instance?.type;
  const used = [doc.nodes, ...Object.values(components).map((d) => d.nodes)].some((nodes) =>
    nodes.some((node) => node.type === type),
  );
  if (nestedId !== undefined && !used) delete components[nestedId];
  return { ...doc, components };
}
