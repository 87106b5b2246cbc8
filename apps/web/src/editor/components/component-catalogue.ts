// The node specs of a document: the built-in catalogue plus one spec per component definition the
// document holds (its ports, exposed params and title), so an instance draws and connects like
// any node. One catalogue per `components` object, built lazily.
import {
  type Catalogue,
  type Components,
  type NodeSpec,
  UnknownNodeTypeError,
  componentIdOf,
  componentSpec,
  componentType,
} from '@tessera/graph';

const byComponents = new WeakMap<Components, Catalogue>();

/** `base` with the specs of `components`' definitions; `base` itself when there are none. */
export function documentCatalogue(base: Catalogue, components: Components | undefined): Catalogue {
  if (components === undefined || Object.keys(components).length === 0) return base;
  const cached = byComponents.get(components);
  if (cached) return cached;
  // null marks a spec being built: a definition that contains itself gets no spec.
  const built = new Map<string, NodeSpec | null>();
  const componentFind = (type: string): NodeSpec | undefined => {
    const id = componentIdOf(type);
    const definition = id === undefined ? undefined : components[id];
    if (id === undefined || definition === undefined) return undefined;
    if (built.has(type)) return built.get(type) ?? undefined;
    built.set(type, null);
    const spec = componentSpec(id, definition, catalogue);
    built.set(type, spec);
    return spec;
  };
  const find = (type: string): NodeSpec | undefined => base.find(type) ?? componentFind(type);
  const list = (): NodeSpec[] => [
    ...base.list(),
    ...Object.keys(components).flatMap((id) => componentFind(componentType(id)) ?? []),
  ];
  const catalogue: Catalogue = {
    get(type) {
      const spec = find(type);
      if (!spec) throw new UnknownNodeTypeError(type);
      return spec;
    },
    find,
    has: (type) => find(type) !== undefined,
    list,
    byCategory() {
      const categories = new Map<string, NodeSpec[]>();
      for (const spec of list())
        categories.set(spec.category, [...(categories.get(spec.category) ?? []), spec]);
      return categories;
    },
  };
  byComponents.set(components, catalogue);
  return catalogue;
}
