// Making a component inside a component: the nodes grouped out of a definition may be what the
// definition's own inputs, outputs and exposed params point at. They keep working: each such
// reference becomes a link crossing the new boundary, so the nested component gets a port (or
// an exposed param) for it and the outer reference points at that.
import type { Catalogue } from './catalogue.ts';
import { type ComponentDefinition, type ExposedParam, componentType } from './component-schema.ts';
import { GroupError, type GroupOptions, groupIntoComponent } from './group-component.ts';
import { edgeId, nodeId } from './ids.ts';
import type { PortRef, WorkflowDocument, WorkflowEdge } from './workflow-schema.ts';

/** Stands for "outside the definition" in the links made for its boundary while grouping. */
const OUTSIDE = nodeId('\u0000outside');
const inputLink = (input: number, target: number) => edgeId(`\u0000in:${input}:${target}`);
const outputLink = (output: number) => edgeId(`\u0000out:${output}`);

/** The definition's boundary references to grouped nodes, as links to and from `OUTSIDE`. */
function boundaryLinks(definition: ComponentDefinition, grouped: ReadonlySet<string>) {
  const links: WorkflowEdge[] = [];
  definition.inputs.forEach((input, i) =>
    input.to.forEach((to, t) => {
      if (grouped.has(to.node))
        links.push({ id: inputLink(i, t), from: { node: OUTSIDE, port: input.name }, to });
    }),
  );
  definition.outputs.forEach((output, o) => {
    if (grouped.has(output.from.node))
      links.push({
        id: outputLink(o),
        from: output.from,
        to: { node: OUTSIDE, port: output.name },
      });
  });
  return links;
}

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
  const rewired = new Map(
    result.edges
      .filter((edge) => edge.from.node === OUTSIDE || edge.to.node === OUTSIDE)
      .map((edge) => [edge.id as string, edge]),
  );
  const instance = result.nodes.find((node) => node.type === componentType(options.componentId))!;
  const nested = result.components![options.componentId]!;
  const to = (i: number, t: number, ref: PortRef): PortRef =>
    rewired.get(inputLink(i, t))?.to ?? ref;
  const from = (o: number, ref: PortRef): PortRef => rewired.get(outputLink(o))?.from ?? ref;
  const retarget = (param: ExposedParam): ExposedParam => {
    if (!grouped.has(param.target.node)) return param;
    const through = nested.params.find(
      (p) => p.target.node === param.target.node && p.target.param === param.target.param,
    )!;
    return { ...param, target: { node: instance.id, param: through.name } };
  };
  const outer: ComponentDefinition = {
    ...definition,
    nodes: result.nodes,
    edges: result.edges.filter((edge) => !rewired.has(edge.id)),
    inputs: definition.inputs.map((input, i) => ({
      ...input,
      to: input.to.map((ref, t) => to(i, t, ref)),
    })),
    outputs: definition.outputs.map((output, o) => ({ ...output, from: from(o, output.from) })),
    params: definition.params.map(retarget),
  };
  return { ...doc, components: { ...result.components, [componentId]: outer } };
}
