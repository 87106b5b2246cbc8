import type { Catalogue } from './catalogue.ts';
import { type ComponentDefinition, componentType } from './component-schema.ts';
import type { NodeSpec, ParamSpec } from './node-spec.ts';

/** The category of a component that names none. */
export const COMPONENT_CATEGORY = 'Components';

function innerSpec(definition: ComponentDefinition, node: string, catalogue: Catalogue) {
  const inner = definition.nodes.find((candidate) => candidate.id === node);
  return inner ? { node: inner, spec: catalogue.find(inner.type) } : undefined;
}

function exposedParams(definition: ComponentDefinition, catalogue: Catalogue): ParamSpec[] {
  return definition.params.flatMap((exposed): ParamSpec[] => {
    const found = innerSpec(definition, exposed.target.node, catalogue);
    const param = found?.spec?.params.find((p) => p.name === exposed.target.param);
    if (!found || !param) return [];
    const own = Object.hasOwn(found.node.params, param.name)
      ? found.node.params[param.name]
      : undefined;
    const fallback = exposed.default ?? own ?? param.default;
    return [
      {
        ...param,
        name: exposed.name,
        title: exposed.label ?? param.title ?? exposed.name,
        default: fallback,
      } as ParamSpec,
    ];
  });
}

/**
 * What an instance of `definition` looks like from outside, as a node spec: its ports are the
 * definition's inputs and outputs (an input is optional when every port it feeds is), its params
 * the exposed inner params (their default: the definition's, else the inner node's value), and it
 * is an output node when something inside is. `catalogue` must know the inner node types.
 */
export function componentSpec(
  id: string,
  definition: ComponentDefinition,
  catalogue: Catalogue,
): NodeSpec {
  const inputs = definition.inputs.map((input) => ({
    name: input.name,
    type: input.type,
    optional: input.to.every((ref) => {
      const found = innerSpec(definition, ref.node, catalogue);
      const port = found?.spec?.inputs.find((p) => p.name === ref.port);
      return port?.optional ?? true;
    }),
  }));
  return {
    type: componentType(id),
    version: definition.version,
    title: definition.name,
    category: definition.category ?? COMPONENT_CATEGORY,
    description: definition.description ?? '',
    params: exposedParams(definition, catalogue),
    inputs,
    outputs: definition.outputs.map((output) => ({ name: output.name, type: output.type })),
    output: definition.nodes.some((node) => catalogue.find(node.type)?.output === true),
  };
}

/** `base` with `extra` specs added (an extra spec of a type `base` knows is ignored). */
export function extendCatalogue(base: Catalogue, extra: readonly NodeSpec[]): Catalogue {
  const added = new Map(extra.filter((spec) => !base.has(spec.type)).map((s) => [s.type, s]));
  if (added.size === 0) return base;
  const all = [...base.list(), ...added.values()];
  const find = (type: string) => base.find(type) ?? added.get(type);
  return {
    get: (type) => find(type) ?? base.get(type),
    find,
    has: (type) => find(type) !== undefined,
    list: () => all,
    byCategory: () => {
      const categories = new Map<string, NodeSpec[]>();
      for (const spec of all)
        categories.set(spec.category, [...(categories.get(spec.category) ?? []), spec]);
      return categories;
    },
  };
}
