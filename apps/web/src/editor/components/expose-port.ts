// Adding a port from inside a component: an inner node's input that nothing feeds becomes a new
// input of the component, and an inner output the component does not pass on yet becomes a new
// output; every instance shows the new port at once.
import {
  type ComponentDefinition,
  type PortType,
  type WorkflowDocument,
  nodeId as toNodeId,
} from '@tessera/graph';
import { specOf } from '../model/catalogue.ts';

export type PortSide = 'input' | 'output';

/** An inner port that can become a port of the component. */
export interface ExposablePort {
  readonly side: PortSide;
  readonly port: string;
  readonly type: PortType;
}

/**
 * The ports of inner node `nodeId` of definition `componentId` that can become component ports:
 * its inputs that no inner link and no component input feeds, its outputs the component does
 * not pass on yet. Inputs first, in the spec's order.
 */
export function exposablePorts(
  doc: WorkflowDocument,
  componentId: string,
  nodeId: string,
): ExposablePort[] {
  const definition = doc.components?.[componentId];
  const node = definition?.nodes.find((candidate) => candidate.id === nodeId);
  const spec = node === undefined ? undefined : specOf(node.type, doc.components);
  if (definition === undefined || spec === undefined) return [];
  const fedInside = (port: string) =>
    definition.edges.some((edge) => edge.to.node === nodeId && edge.to.port === port) ||
    definition.inputs.some((input) =>
      input.to.some((to) => to.node === nodeId && to.port === port),
    );
  const passedOn = (port: string) =>
    definition.outputs.some((output) => output.from.node === nodeId && output.from.port === port);
  return [
    ...spec.inputs
      .filter((input) => !fedInside(input.name))
      .map((input) => ({ side: 'input' as const, port: input.name, type: input.type })),
    ...spec.outputs
      .filter((output) => !passedOn(output.name))
      .map((output) => ({ side: 'output' as const, port: output.name, type: output.type })),
  ];
}

/** `port`, or `node.port` when the component already has a port of that name on that side. */
function freeName(definition: ComponentDefinition, side: PortSide, node: string, port: string) {
  const taken = new Set(
    (side === 'input' ? definition.inputs : definition.outputs).map((entry) => entry.name),
  );
  let name = taken.has(port) ? `${node}.${port}` : port;
  for (let n = 2; taken.has(name); n += 1) name = `${node}.${port} ${n}`;
  return name;
}

/**
 * `doc` with definition `componentId` given a new input feeding (or output passing on) `port`
 * of its inner node `nodeId`, and the new port's name; undefined when that port cannot be
 * exposed (see `exposablePorts`).
 */
export function exposePort(
  doc: WorkflowDocument,
  componentId: string,
  nodeId: string,
  side: PortSide,
  port: string,
): { readonly document: WorkflowDocument; readonly name: string } | undefined {
  const definition = doc.components?.[componentId];
  const exposable = exposablePorts(doc, componentId, nodeId).find(
    (candidate) => candidate.side === side && candidate.port === port,
  );
  if (definition === undefined || exposable === undefined) return undefined;
  const name = freeName(definition, side, nodeId, port);
  const ref = { node: toNodeId(nodeId), port };
  const changed: ComponentDefinition =
    side === 'input'
      ? { ...definition, inputs: [...definition.inputs, { name, type: exposable.type, to: [ref] }] }
      : {
          ...definition,
          outputs: [...definition.outputs, { name, type: exposable.type, from: ref }],
        };
  return { name, document: { ...doc, components: { ...doc.components, [componentId]: changed } } };
}
