import type { NodeSpec } from './node-spec.ts';

/** Thrown by `createCatalogue` when two specs share a type. */
export class DuplicateNodeTypeError extends Error {
  constructor(readonly nodeType: string) {
    super(`Node type "${nodeType}" is registered twice`);
    this.name = 'DuplicateNodeTypeError';
  }
}

/** Thrown by `Catalogue.get` for a type the catalogue does not hold. */
export class UnknownNodeTypeError extends Error {
  constructor(readonly nodeType: string) {
    super(`Unknown node type "${nodeType}"`);
    this.name = 'UnknownNodeTypeError';
  }
}

/** A read-only registry of node specs, keyed by type. */
export interface Catalogue {
  /** The spec of `type`; throws `UnknownNodeTypeError` naming it when absent. */
  get(type: string): NodeSpec;
  /** The spec of `type`, or `undefined`. */
  find(type: string): NodeSpec | undefined;
  has(type: string): boolean;
  /** Every spec, in registration order. */
  list(): readonly NodeSpec[];
  /** Specs grouped by category; categories and specs in registration order. */
  byCategory(): ReadonlyMap<string, readonly NodeSpec[]>;
}

/** Builds a catalogue; throws `DuplicateNodeTypeError` naming the first type registered twice. */
export function createCatalogue(specs: Iterable<NodeSpec>): Catalogue {
  const byType = new Map<string, NodeSpec>();
  for (const spec of specs) {
    if (byType.has(spec.type)) throw new DuplicateNodeTypeError(spec.type);
    byType.set(spec.type, spec);
  }
  const all = [...byType.values()];
  const categories = new Map<string, NodeSpec[]>();
  for (const spec of all) {
    const group = categories.get(spec.category);
    if (group) group.push(spec);
    else categories.set(spec.category, [spec]);
  }
  return {
    get(type) {
      const spec = byType.get(type);
      if (!spec) throw new UnknownNodeTypeError(type);
      return spec;
    },
    find: (type) => byType.get(type),
    has: (type) => byType.has(type),
    list: () => all,
    byCategory: () => categories,
  };
}
