import type { NodeSpec } from './node-spec.ts';

/**
 * Declares a node spec, keeping its literal types (for `ParamsOf`). It does not check the spec:
 * specs are code, checked by their package's tests with assertNodeSpec (node-spec-problems.ts);
 * every page that loads the catalogue would otherwise check all of them again as it starts.
 */
export function defineNodeSpec<const S extends NodeSpec>(spec: S): S {
  return spec;
}
