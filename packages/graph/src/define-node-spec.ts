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
 * Declares a node spec, keeping its literal types (for `ParamsOf`) and failing loudly, with the
 * type's name, when the spec is malformed or inconsistent (duplicate names, a default that does
 * not satisfy its own constraints).
 */
export function defineNodeSpec<const S extends NodeSpec>(spec: S): S {
  const parsed = zNodeSpec.safeParse(spec);
  const label = typeof spec.type === 'string' ? spec.type : '?';
  if (!parsed.success) {
    throw new Error(`Node spec "${label}" is malformed: ${z.prettifyError(parsed.error)}`);
  }
  const problems = specProblems(parsed.data);
  if (problems.length > 0)
    throw new Error(`Node spec "${label}" is inconsistent: ${problems.join('; ')}`);
  return spec;
}
