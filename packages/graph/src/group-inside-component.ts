// Making a component inside a component: the nodes grouped out of a definition may be what the
// definition's own inputs, outputs and exposed params point at. They keep working: each such
// reference becomes a link crossing the new boundary, so the nested component gets a port (or
// an exposed param) for it and the outer reference points at that.
import type { Catalogue } from './catalogue.ts';
import { type ComponentDefinition, type ExposedParam, componentType } from './component-schema.ts';
import { GroupError, type GroupOptions, groupIntoComponent } from './group-component.ts';
import { boundaryLinks, rewiredBoundary } from './definition-boundary-links.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

/** `options` also exposing every param the definition exposes from a grouped node. */
function withOuterParams(
  definition: ComponentDefinition,
  grouped: ReadonlySet<string>,
  options: GroupOptions,
): GroupOptions {
  const exposed = [...(options.exposed ?? [])];
  for (const param of definition.params) {
    const { node, param: name } = param.target;
    if (!grouped.has(node) || exposed.some((e) => e.node === node && e.param === name)) continue;
    exposed.push({ node, param: name, name: param.name });
  }
  return { ...options, exposed };
}

/**
 * `doc` with the nodes `nodeIds` of definition `componentId` grouped into a new component (see
 * `groupIntoComponent`, whose options it takes), the definition's inputs, outputs and exposed
 * params that pointed at grouped nodes pointing at the new node's ports and params instead.
 */
export function groupInsideComponent(
  doc: WorkflowDocument,
  componentId: string,
  nodeIds: readonly string[],
  catalogue: Catalogue,
  options: GroupOptions,
): WorkflowDocument {
  const definition = doc.components?.[componentId];
  if (!definition) throw new GroupError(`No component "${componentId}" in the workflow`);
  const grouped = new Set(nodeIds);
  const links = boundaryLinks(definition, grouped);
  const { sweep: _sweep, ...rest } = doc;
  const inside: WorkflowDocument = {
    ...rest,
    nodes: definition.nodes,
    edges: [...definition.edges, ...links],
  };
  const result = groupIntoComponent(
    inside,
    nodeIds,
    catalogue,
    withOuterParams(definition, grouped, options),
  );
  const instance = result.nodes.find((node) => node.type === componentType(options.componentId))!;
  const nested = result.components![options.componentId]!;
  const retarget = (param: ExposedParam): ExposedParam => {
    if (!grouped.has(param.target.node)) return param;
    const through = nested.params.find(
      (p) => p.target.node === param.target.node && p.target.param === param.target.param,
    )!;
    return { ...param, target: { node: instance.id, param: through.name } };
  };
  const outer: ComponentDefinition = {
    ...definition,
    ...rewiredBoundary(definition, result.edges),
    nodes: result.nodes,
    params: definition.params.map(retarget),
  };
  return { ...doc, components: { ...result.components, [componentId]: outer } };
}
