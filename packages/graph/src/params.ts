import type { NodeSpec, ParamsOf } from './node-spec.ts';
import { checkParamValue } from './param-check.ts';
import type { Params } from './workflow-schema.ts';

/**
 * The params a node runs with: every param of the spec, taken from `params` or else from its
 * default. Keys the spec does not declare are dropped; a required param that is missing stays
 * missing (validation reports it).
 */
export function resolveParams(spec: NodeSpec, params: Readonly<Params>): Params {
  const entries: [string, unknown][] = [];
  for (const param of spec.params) {
    const value = Object.hasOwn(params, param.name) ? params[param.name] : param.default;
    if (value !== undefined) entries.push([param.name, value]);
  }
  return Object.fromEntries(entries);
}

/** Thrown by `parseParams` when params do not fit their spec. */
export class ParamsError extends Error {
  constructor(
    readonly nodeType: string,
    readonly issues: readonly string[],
  ) {
    super(`Invalid params for node type "${nodeType}": ${issues.join('; ')}`);
    this.name = 'ParamsError';
  }
}

/** `resolveParams` followed by a check of every value; typed from the spec. Throws `ParamsError`. */
export function parseParams<S extends NodeSpec>(spec: S, params: Readonly<Params>): ParamsOf<S> {
  const resolved = resolveParams(spec, params);
  const issues: string[] = [];
  for (const param of spec.params) {
    if (!Object.hasOwn(resolved, param.name)) {
      issues.push(`param "${param.name}" is required`);
      continue;
    }
    const issue = checkParamValue(param, resolved[param.name]);
    if (issue) issues.push(`param "${param.name}" ${issue.message}`);
  }
  if (issues.length > 0) throw new ParamsError(spec.type, issues);
  return resolved as ParamsOf<S>;
}
