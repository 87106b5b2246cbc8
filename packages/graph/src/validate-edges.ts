import type { NodeSpec } from './node-spec.ts';
import { canConnect } from './port-types.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import { capitalise, nodeLabel } from './validate-nodes.ts';
import type { Indexed } from './validate-shape.ts';
import type { WorkflowEdge, WorkflowNode } from './workflow-schema.ts';

/** What edge checks need to know about the nodes. */
export interface NodeIndex {
  /** First node of each id. */
  readonly byId: ReadonlyMap<string, Indexed<WorkflowNode>>;
  readonly specs: ReadonlyMap<Indexed<WorkflowNode>, NodeSpec>;
  /** Ids of nodes present but malformed: an edge to one is not dangling. */
  readonly malformedIds: ReadonlySet<string>;
}

function portList(ports: readonly { name: string }[], noun: string): string {
  return ports.length === 0
    ? `it has no ${noun}s`
    : `its ${noun}s: ${ports.map((p) => `"${p.name}"`).join(', ')}`;
}

function checkEnd(
  edge: Indexed<WorkflowEdge>,
  side: 'from' | 'to',
  nodes: NodeIndex,
  problems: Problem[],
): boolean {
  const ref = edge.value[side];
  if (nodes.byId.has(ref.node) || nodes.malformedIds.has(ref.node)) return nodes.byId.has(ref.node);
  const verb = side === 'from' ? 'starts at' : 'ends at';
  problems.push(
    problem(PROBLEM_CODES.DANGLING_EDGE, {
      path: ['edges', edge.index, side, 'node'],
      edgeId: edge.value.id,
      message: `Edge "${edge.value.id}" ${verb} node "${ref.node}", which is not in the workflow.`,
    }),
  );
  return false;
}

/** Checks edge ids, ends, ports and types; returns, per node id and input port, the edges into it. */
export function checkEdges(
  edges: readonly Indexed<WorkflowEdge>[],
  nodes: NodeIndex,
  problems: Problem[],
): Map<string, Map<string, Indexed<WorkflowEdge>>> {
  const seenIds = new Map<string, Indexed<WorkflowEdge>>();
  const connected = new Map<string, Map<string, Indexed<WorkflowEdge>>>();
  for (const edge of edges) {
    const { id, from, to } = edge.value;
    const earlier = seenIds.get(id);
    if (earlier) {
      problems.push(
        problem(PROBLEM_CODES.DUPLICATE_EDGE_ID, {
          path: ['edges', edge.index, 'id'],
          edgeId: id,
          message: `Two edges have the id "${id}" (edges #${earlier.index + 1} and #${edge.index + 1}); edge ids must be unique.`,
        }),
      );
    } else seenIds.set(id, edge);

    const fromExists = checkEnd(edge, 'from', nodes, problems);
    const toExists = checkEnd(edge, 'to', nodes, problems);
    const fromNode = fromExists ? nodes.byId.get(from.node) : undefined;
    const toNode = toExists ? nodes.byId.get(to.node) : undefined;
    const fromSpec = fromNode && nodes.specs.get(fromNode);
    const toSpec = toNode && nodes.specs.get(toNode);
    const output = fromSpec?.outputs.find((port) => port.name === from.port);
    const input = toSpec?.inputs.find((port) => port.name === to.port);
    if (fromNode && fromSpec && !output) {
      problems.push(
        problem(PROBLEM_CODES.UNKNOWN_OUTPUT_PORT, {
          path: ['edges', edge.index, 'from', 'port'],
          edgeId: id,
          nodeId: fromNode.value.id,
          message: `Edge "${id}" starts at output "${from.port}" of ${nodeLabel(fromNode.value, fromSpec)}, which has no such output (${portList(fromSpec.outputs, 'output')}).`,
        }),
      );
    }
    if (toNode && toSpec && !input) {
      problems.push(
        problem(PROBLEM_CODES.UNKNOWN_INPUT_PORT, {
          path: ['edges', edge.index, 'to', 'port'],
          edgeId: id,
          nodeId: toNode.value.id,
          message: `Edge "${id}" ends at input "${to.port}" of ${nodeLabel(toNode.value, toSpec)}, which has no such input (${portList(toSpec.inputs, 'input')}).`,
        }),
      );
    }
    if (output && input && toNode && !canConnect(output.type, input.type)) {
      problems.push(
        problem(PROBLEM_CODES.TYPE_MISMATCH, {
          path: ['edges', edge.index],
          edgeId: id,
          nodeId: toNode.value.id,
          message: `Edge "${id}" connects output "${from.port}" (${output.type}) of node "${from.node}" to input "${to.port}" (${input.type}) of node "${to.node}": a ${output.type} cannot feed a ${input.type} input.`,
        }),
      );
    }
    if (toNode && (input || !toSpec)) registerInput(edge, toNode, connected, problems);
  }
  return connected;
}

function registerInput(
  edge: Indexed<WorkflowEdge>,
  toNode: Indexed<WorkflowNode>,
  connected: Map<string, Map<string, Indexed<WorkflowEdge>>>,
  problems: Problem[],
): void {
  const { to } = edge.value;
  const ports = connected.get(to.node) ?? new Map<string, Indexed<WorkflowEdge>>();
  connected.set(to.node, ports);
  const first = ports.get(to.port);
  if (!first) {
    ports.set(to.port, edge);
    return;
  }
  problems.push(
    problem(PROBLEM_CODES.INPUT_CONNECTED_TWICE, {
      path: ['edges', edge.index, 'to'],
      edgeId: edge.value.id,
      nodeId: toNode.value.id,
      message: `${capitalise(nodeLabel(toNode.value))} gets two edges into its input "${to.port}" ("${first.value.id}" and "${edge.value.id}"); an input takes one edge.`,
    }),
  );
}
