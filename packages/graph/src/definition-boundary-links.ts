// A definition's boundary (inputs feeding inner ports, outputs passing inner ports on) seen as
// links to and from one node standing for "outside". Grouping or ungrouping inner nodes rewires
// links crossing the nodes it touches; running it over these links too and reading them back
// rewires the boundary the same way.
import { COMPONENT_ID_SEPARATOR, type ComponentDefinition } from './component-schema.ts';
import { edgeId, nodeId } from './ids.ts';
import type { PortRef, WorkflowEdge } from './workflow-schema.ts';

/** Stands for "outside the definition" in its boundary links. */
export const OUTSIDE = nodeId('\u0000outside');
const inputLink = (input: number, target: number) => `\u0000in:${input}:${target}`;
const outputLink = (output: number) => `\u0000out:${output}`;

/** The boundary references to the nodes `touched`, as links from and to `OUTSIDE`. */
export function boundaryLinks(
  definition: ComponentDefinition,
  touched: ReadonlySet<string>,
): WorkflowEdge[] {
  const links: WorkflowEdge[] = [];
  definition.inputs.forEach((input, i) =>
    input.to.forEach((to, t) => {
      if (touched.has(to.node))
        links.push({ id: edgeId(inputLink(i, t)), from: { node: OUTSIDE, port: input.name }, to });
    }),
  );
  definition.outputs.forEach((output, o) => {
    if (touched.has(output.from.node))
      links.push({
        id: edgeId(outputLink(o)),
        from: output.from,
        to: { node: OUTSIDE, port: output.name },
      });
  });
  return links;
}

const isBoundaryLink = (edge: WorkflowEdge) =>
  edge.from.node === OUTSIDE || edge.to.node === OUTSIDE;

/**
 * `definition`'s inputs and outputs read back from `edges` (its inner edges and its boundary
 * links, after they were rewired; a link may have become several, `link/2`, …), and the inner
 * edges without the links.
 */
export function rewiredBoundary(
  definition: ComponentDefinition,
  edges: readonly WorkflowEdge[],
): Pick<ComponentDefinition, 'edges' | 'inputs' | 'outputs'> {
  const links = edges.filter(isBoundaryLink);
  const linked = (id: string) =>
    links.filter((edge) => edge.id === id || edge.id.startsWith(`${id}${COMPONENT_ID_SEPARATOR}`));
  const targets = (i: number, t: number, ref: PortRef): PortRef[] => {
    const found = linked(inputLink(i, t));
    return found.length === 0 ? [ref] : found.map((edge) => edge.to);
  };
  return {
    edges: edges.filter((edge) => !isBoundaryLink(edge)),
    inputs: definition.inputs.map((input, i) => ({
      ...input,
      to: input.to.flatMap((ref, t) => targets(i, t, ref)),
    })),
    outputs: definition.outputs.map((output, o) => ({
      ...output,
      from: linked(outputLink(o))[0]?.from ?? output.from,
    })),
  };
}
