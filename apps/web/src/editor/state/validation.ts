// Validation for the editor: `validate()` of a document's structure (positions do not matter),
// computed once per document and indexed by node and field for the canvas (see
// live-validation.ts for when it runs).
import {
  COMPONENT_ID_SEPARATOR,
  type Problem,
  type ValidationResult,
  validate,
} from '@tessera/graph';
import type { WorkflowDocument } from '@tessera/graph';
import { catalogue } from '../model/catalogue.ts';

export interface NodeProblems {
  /** Problems about the node as a whole or its ports. */
  readonly node: Problem[];
  /** Problems about one param, by param name. */
  readonly fields: Map<string, Problem[]>;
}

export interface Validation {
  readonly result: ValidationResult;
  readonly errors: Problem[];
  readonly warnings: Problem[];
  readonly byNode: Map<string, NodeProblems>;
}

let last: { doc: WorkflowDocument; validation: Validation } | undefined;

/** The param a problem is about: `['nodes', i, 'params', name, …]`. */
function paramOf(problem: Problem): string | undefined {
  const [nodes, , params, name] = problem.path;
  return nodes === 'nodes' && params === 'params' && typeof name === 'string' ? name : undefined;
}

/** `validate()` of `doc` against the editor's catalogue, indexed (the last one is remembered). */
export function validationOf(doc: WorkflowDocument): Validation {
  if (last?.doc === doc) return last.validation;
  const validation = indexedValidation(validate(doc, catalogue));
  last = { doc, validation };
  return validation;
}

/** A validation result indexed by node and field for the canvas. */
export function indexedValidation(result: ValidationResult): Validation {
  const byNode = new Map<string, NodeProblems>();
  const at = (id: string): NodeProblems => {
    let entry = byNode.get(id);
    if (!entry) byNode.set(id, (entry = { node: [], fields: new Map() }));
    return entry;
  };
  for (const problem of result.problems) {
    const ids: string[] =
      problem.nodeId !== undefined ? [problem.nodeId] : [...(problem.nodeIds ?? [])];
    const param = paramOf(problem);
    // A problem inside a component node shows on it and on the inner node (`instance/inner`, the
    // id a run gives it) when the component is open.
    if (problem.inner !== undefined && problem.nodeId !== undefined)
      ids.push(`${problem.nodeId}${COMPONENT_ID_SEPARATOR}${problem.inner}`);
    for (const id of ids) {
      const entry = at(id);
      if (param === undefined) entry.node.push(problem);
      else entry.fields.set(param, [...(entry.fields.get(param) ?? []), problem]);
    }
  }
  return {
    result,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning'),
    byNode,
  };
}
