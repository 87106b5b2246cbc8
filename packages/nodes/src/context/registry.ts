import {
  type Catalogue,
  DuplicateNodeTypeError,
  UnknownNodeTypeError,
  createCatalogue,
} from '@tessera/graph';
import type { NodeImplementation } from './node-context.ts';

/** The node types a runner (or the CLI) can execute, keyed by type. */
export interface NodeRegistry {
  /** The implementation of `type`; throws `UnknownNodeTypeError` naming it when absent. */
  get(type: string): NodeImplementation;
  find(type: string): NodeImplementation | undefined;
  has(type: string): boolean;
  /** In registration order. */
  list(): readonly NodeImplementation[];
  /** The specs of the registered nodes, for `validate()`, `plan()` and cache keys. */
  readonly catalogue: Catalogue;
}

/** Builds a registry; throws `DuplicateNodeTypeError` naming the first type registered twice. */
export function createNodeRegistry(nodes: Iterable<NodeImplementation>): NodeRegistry {
  const byType = new Map<string, NodeImplementation>();
  for (const node of nodes) {
    if (byType.has(node.spec.type)) throw new DuplicateNodeTypeError(node.spec.type);
    byType.set(node.spec.type, node);
  }
  const all = [...byType.values()];
  const catalogue = createCatalogue(all.map((node) => node.spec));
  return {
    get(type) {
      const node = byType.get(type);
      if (node === undefined) throw new UnknownNodeTypeError(type);
      return node;
    },
    find: (type) => byType.get(type),
    has: (type) => byType.has(type),
    list: () => all,
    catalogue,
  };
}
