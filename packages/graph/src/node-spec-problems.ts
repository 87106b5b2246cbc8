// Whether a node spec is sound: checked by the specs' packages' tests (assertNodeSpec), not as
// pages load, so the spec schemas (zod) stay out of the editor's start.
import { z } from 'zod';
import { type NodeSpec, zNodeSpec } from './node-spec.ts';
import { checkParamValue, patternRegExp } from './param-check.ts';

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const name of names) (seen.has(name) ? dups : seen).add(name);
  return [...dups];
}

function specProblems(spec: NodeSpec): string[] {
  const problems: string[] = [];
  for (const [what, list] of [
    ['param', spec.params],
    ['input', spec.inputs],
    ['output', spec.outputs],
  ] as const) {
    for (const name of duplicates(list.map((item) => item.name)))
      problems.push(`duplicate ${what} "${name}"`);
  }
  for (const param of spec.params) {
    if (
      (param.kind === 'int' || param.kind === 'float' || param.kind === 'seed') &&
      param.min !== undefined
    ) {
      if (param.max !== undefined && param.min > param.max)
        problems.push(`param "${param.name}" has min > max`);
    }
    if (param.kind === 'enum' && duplicates(param.options.map(String)).length > 0) {
      problems.push(`param "${param.name}" lists an option twice`);
    }
    if (param.kind === 'string' && param.pattern !== undefined) {
      try {
        patternRegExp(param.pattern);
      } catch {
        problems.push(`param "${param.name}" has a pattern that is not a regular expression`);
        continue;
      }
    }
    if (param.default !== undefined) {
      const issue = checkParamValue(param, param.default);
      if (issue) problems.push(`default of param "${param.name}" ${issue.message}`);
    }
  }
  return problems;
}

/**
 * What is wrong with `spec`, each problem a sentence naming the node type: malformed (not a
 * NodeSpec) or inconsistent (duplicate names, a default that does not satisfy its own
 * constraints). Empty when it is sound.
 */
export function nodeSpecProblems(spec: unknown): string[] {
  const parsed = zNodeSpec.safeParse(spec);
  const type = (spec as { type?: unknown } | null)?.type;
  const label = typeof type === 'string' ? type : '?';
  if (!parsed.success)
    return [`Node spec "${label}" is malformed: ${z.prettifyError(parsed.error)}`];
  const problems = specProblems(parsed.data);
  return problems.length === 0
    ? []
    : [`Node spec "${label}" is inconsistent: ${problems.join('; ')}`];
}

/** Throws with every problem of `spec` (see nodeSpecProblems), if it has any. */
export function assertNodeSpec(spec: unknown): void {
  const problems = nodeSpecProblems(spec);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
