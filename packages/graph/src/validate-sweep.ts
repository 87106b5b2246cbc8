import type { NodeSpec } from './node-spec.ts';
import { checkParamValue } from './param-check.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import { capitalise, nodeLabel } from './validate-nodes.ts';
import type { Indexed } from './validate-shape.ts';
import type { WorkflowNode, WorkflowSweep } from './workflow-schema.ts';

export interface SweepNodes {
  readonly byId: ReadonlyMap<string, Indexed<WorkflowNode>>;
  readonly specs: ReadonlyMap<Indexed<WorkflowNode>, NodeSpec>;
  readonly malformedIds: ReadonlySet<string>;
}

/**
 * Checks a document's sweep against its graph: the node exists, its spec has the param, and
 * every value fits that param (as a value in the node's params would have to).
 */
export function checkSweep(
  sweep: WorkflowSweep | undefined,
  nodes: SweepNodes,
  problems: Problem[],
): void {
  if (sweep === undefined) return;
  const entry = nodes.byId.get(sweep.node);
  if (entry === undefined) {
    if (nodes.malformedIds.has(sweep.node)) return;
    problems.push(
      problem(PROBLEM_CODES.SWEEP_UNKNOWN_NODE, {
        path: ['sweep', 'node'],
        message: `The sweep varies node "${sweep.node}", which the workflow does not have; remove the sweep or pick another node.`,
      }),
    );
    return;
  }
  const spec = nodes.specs.get(entry);
  if (spec === undefined) return; // its unknown type is reported already
  const label = nodeLabel(entry.value, spec);
  const param = spec.params.find((p) => p.name === sweep.param);
  if (param === undefined) {
    const names = spec.params.map((p) => `"${p.name}"`).join(', ') || 'none';
    problems.push(
      problem(PROBLEM_CODES.SWEEP_UNKNOWN_PARAM, {
        path: ['sweep', 'param'],
        nodeId: entry.value.id,
        message: `The sweep varies param "${sweep.param}" of ${label}, which ${spec.type} does not define (its params: ${names}).`,
      }),
    );
    return;
  }
  sweep.values.forEach((value, index) => {
    const issue = checkParamValue(param, value);
    if (!issue) return;
    problems.push(
      problem(issue.code, {
        path: ['sweep', 'values', index],
        nodeId: entry.value.id,
        message: `${capitalise(`the sweep's value #${index + 1} for ${label}`)}: param "${param.name}" ${issue.message}.`,
      }),
    );
  });
}
