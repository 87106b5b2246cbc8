import type { Catalogue } from './catalogue.ts';
import { findCycles } from './graph-order.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import type { NodeIndex } from './validate-edges.ts';
import { capitalise, nodeLabel } from './validate-nodes.ts';
import type { Indexed } from './validate-shape.ts';
import type { WorkflowEdge } from './workflow-schema.ts';

/** Every required input of every (uniquely identified) node must have an edge. */
export function checkRequiredInputs(
  nodes: NodeIndex,
  connected: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
  problems: Problem[],
): void {
  for (const entry of nodes.byId.values()) {
    const spec = nodes.specs.get(entry);
    if (!spec) continue;
    for (const input of spec.inputs) {
      if (input.optional || connected.get(entry.value.id)?.has(input.name)) continue;
      problems.push(
        problem(PROBLEM_CODES.REQUIRED_INPUT_MISSING, {
          path: ['nodes', entry.index],
          nodeId: entry.value.id,
          message: `${capitalise(nodeLabel(entry.value, spec))} needs its input "${input.name}" (${input.type}) connected.`,
        }),
      );
    }
  }
}

/** One problem per cycle, naming all its nodes. */
export function checkCycles(
  nodes: NodeIndex,
  edges: readonly Indexed<WorkflowEdge>[],
  problems: Problem[],
): void {
  const arcs = edges
    .filter(({ value }) => nodes.byId.has(value.from.node) && nodes.byId.has(value.to.node))
    .map(({ value }) => [value.from.node, value.to.node] as const);
  for (const cycle of findCycles([...nodes.byId.keys()], arcs)) {
    const members = cycle.map((id) => nodes.byId.get(id)!);
    const first = members[0]!;
    const names = cycle.map((id) => `"${id}"`);
    const listed =
      names.length === 1
        ? `Node ${names[0]} feeds itself`
        : `Nodes ${names.join(', ')} form a cycle`;
    problems.push(
      problem(PROBLEM_CODES.CYCLE, {
        path: ['nodes', first.index],
        nodeId: first.value.id,
        nodeIds: members.map((member) => member.value.id),
        message: `${listed}; a workflow must flow one way, so an edge in the loop has to go.`,
      }),
    );
  }
}

/** A runnable workflow has at least one output node. Unknown or malformed nodes might be one. */
export function checkHasOutput(
  nodes: NodeIndex,
  catalogue: Catalogue,
  uncertain: boolean,
  problems: Problem[],
): void {
  const specs = [...nodes.byId.values()].map((entry) => nodes.specs.get(entry));
  if (uncertain || specs.some((spec) => spec === undefined || spec.output)) return;
  const examples = catalogue
    .list()
    .filter((spec) => spec.output)
    .slice(0, 3)
    .map((spec) => spec.type);
  const hint = examples.length > 0 ? ` Add one, such as ${examples.join(' or ')}.` : '';
  problems.push(
    problem(PROBLEM_CODES.NO_OUTPUT_NODE, {
      path: ['nodes'],
      message: `This workflow has no output node, so running it would produce nothing.${hint}`,
    }),
  );
}
