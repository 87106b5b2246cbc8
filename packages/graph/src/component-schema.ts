import { z } from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { zNodeId } from './ids.ts';
import { zPortType } from './port-types.ts';
import { zPortRef, zWorkflowEdge, zWorkflowNode } from './workflow-node-schema.ts';

/** An instance of component `<id>` is a node of type `component:<id>`. */
export const COMPONENT_TYPE_PREFIX = 'component:';

/** How deep components may nest (a component directly in the document is depth 1). */
export const MAX_COMPONENT_DEPTH = 8;

/** Separates an instance's id from its inner node's id in a flattened graph: `instance/inner`. */
export const COMPONENT_ID_SEPARATOR = '/';

/** A definition's key in `components`: letters, digits, `.`, `_` and `-`. */
export const zComponentId = lazySchema(() =>
  z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, ".", "_" or "-" (at most 100)'),
);

/** A param of an inner node, shown as a param of the component node. */
export const zParamTarget = lazySchema(() => z.object({ node: zNodeId, param: z.string().min(1) }));
export type ParamTarget = z.infer<typeof zParamTarget>;

export const zComponentInput = lazySchema(() =>
  z.object({
    name: z.string().min(1),
    type: zPortType,
    /** The inner input ports it feeds (at least one). */
    to: z.array(zPortRef).min(1),
  }),
);
export type ComponentInput = z.infer<typeof zComponentInput>;

export const zComponentOutput = lazySchema(() =>
  z.object({
    name: z.string().min(1),
    type: zPortType,
    /** The inner output port it passes on. */
    from: zPortRef,
  }),
);
export type ComponentOutput = z.infer<typeof zComponentOutput>;

export const zExposedParam = lazySchema(() =>
  z.object({
    name: z.string().min(1),
    label: z.string().optional(),
    /** Used when the instance leaves the param out; absent: the inner node's own value applies. */
    default: z.unknown().optional(),
    target: zParamTarget,
  }),
);
export type ExposedParam = z.infer<typeof zExposedParam>;

/**
 * Where a definition came from in the component library: the library component's id and the
 * library version it was copied from. An instance runs the copy its document holds; the editor
 * offers an update when the library has a newer version.
 */
export const zComponentSource = lazySchema(() =>
  z.object({
    componentId: z.string().min(1).max(100),
    version: z.int().positive(),
  }),
);
export type ComponentSource = z.infer<typeof zComponentSource>;

/**
 * A reusable subgraph: its nodes and edges, its boundary (inputs feeding inner ports, outputs
 * passing inner ports on) and the inner params its instances set. Travels with the document.
 */
export const zComponentDefinition = lazySchema(() =>
  z.object({
    name: z.string().min(1),
    category: z.string().optional(),
    /** Bumped by whoever edits the definition; an instance runs the definition its document holds. */
    version: z.int().positive(),
    description: z.string().optional(),
    nodes: z.array(zWorkflowNode),
    edges: z.array(zWorkflowEdge),
    inputs: z.array(zComponentInput).default([]),
    outputs: z.array(zComponentOutput).default([]),
    params: z.array(zExposedParam).default([]),
    /** Set when the definition was taken from (or published to) the component library. */
    source: zComponentSource.optional(),
  }),
);
export type ComponentDefinition = z.infer<typeof zComponentDefinition>;
export type ComponentDefinitionInput = z.input<typeof zComponentDefinition>;

export const zComponents = lazySchema(() => z.record(zComponentId, zComponentDefinition));
export type Components = z.infer<typeof zComponents>;

/** The definition id of an instance's type, or `undefined` for an ordinary node type. */
export function componentIdOf(type: string): string | undefined {
  return type.startsWith(COMPONENT_TYPE_PREFIX)
    ? type.slice(COMPONENT_TYPE_PREFIX.length)
    : undefined;
}

/** The node type of an instance of definition `id`. */
export function componentType(id: string): string {
  return `${COMPONENT_TYPE_PREFIX}${id}`;
}
