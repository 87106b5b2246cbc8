import type { Catalogue } from './catalogue.ts';
import type { NodeSpec } from './node-spec.ts';
import { checkParamValue } from './param-check.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import type { Indexed } from './validate-shape.ts';
import type { WorkflowNode } from './workflow-schema.ts';

/** A node's name in messages: its id, with its display title and type when known. */
export function nodeLabel(node: WorkflowNode, spec?: NodeSpec): string {
  const title = node.title !== undefined && node.title !== '' ? ` ("${node.title}")` : '';
  return `node "${node.id}"${title}${spec ? ` (${spec.type})` : ''}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first node of each id; later ones with the same id are reported and set aside. */
export function indexNodes(
  nodes: readonly Indexed<WorkflowNode>[],
  problems: Problem[],
): Map<string, Indexed<WorkflowNode>> {
  const byId = new Map<string, Indexed<WorkflowNode>>();
  for (const entry of nodes) {
    const first = byId.get(entry.value.id);
    if (first === undefined) {
      byId.set(entry.value.id, entry);
      continue;
    }
    problems.push(
      problem(PROBLEM_CODES.DUPLICATE_NODE_ID, {
        path: ['nodes', entry.index, 'id'],
        nodeId: entry.value.id,
        message: `Two nodes have the id "${entry.value.id}" (nodes #${first.index + 1} and #${entry.index + 1}); node ids must be unique.`,
      }),
    );
  }
  return byId;
}

function checkParams(entry: Indexed<WorkflowNode>, spec: NodeSpec, problems: Problem[]): void {
  const node = entry.value;
  const label = capitalise(nodeLabel(node, spec));
  for (const param of spec.params) {
    const path = ['nodes', entry.index, 'params', param.name];
    if (!Object.hasOwn(node.params, param.name)) {
      if (param.default === undefined) {
        problems.push(
          problem(PROBLEM_CODES.PARAM_MISSING, {
            path,
            nodeId: node.id,
            message: `${label} needs a value for param "${param.name}", which has no default.`,
          }),
        );
      }
      continue;
    }
    const issue = checkParamValue(param, node.params[param.name]);
    if (issue) {
      problems.push(
        problem(issue.code, {
          path,
          nodeId: node.id,
          message: `${label}: param "${param.name}" ${issue.message}.`,
        }),
      );
    }
  }
  const declared = new Set(spec.params.map((param) => param.name));
  for (const name of Object.keys(node.params)) {
    if (declared.has(name)) continue;
    problems.push(
      problem(PROBLEM_CODES.UNKNOWN_PARAM, {
        path: ['nodes', entry.index, 'params', name],
        nodeId: node.id,
        message: `${label} has a param "${name}" that ${spec.type} does not define; it is ignored.`,
      }),
    );
  }
}

/** Checks each node's type and params; returns the spec of every node whose type is known. */
export function checkNodes(
  nodes: readonly Indexed<WorkflowNode>[],
  catalogue: Catalogue,
  problems: Problem[],
): Map<Indexed<WorkflowNode>, NodeSpec> {
  const specs = new Map<Indexed<WorkflowNode>, NodeSpec>();
  for (const entry of nodes) {
    const spec = catalogue.find(entry.value.type);
    if (spec === undefined) {
      problems.push(
        problem(PROBLEM_CODES.UNKNOWN_NODE_TYPE, {
          path: ['nodes', entry.index, 'type'],
          nodeId: entry.value.id,
          message: `${capitalise(nodeLabel(entry.value))} has type "${entry.value.type}", which this build does not know.`,
        }),
      );
      continue;
    }
    specs.set(entry, spec);
    checkParams(entry, spec, problems);
  }
  return specs;
}
