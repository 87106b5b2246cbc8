// Components in the library: a library entry's document holds the definition (with the
// definitions it nests) and one instance of it, so it is stored, versioned, diffed, shared and
// forked like any workflow. Taking one into a document copies the definition, pinned to the
// library version (`source`); updating replaces that copy with a newer version.
import {
  type ComponentDefinition,
  type Components,
  componentIdOf,
  componentType,
} from './component-schema.ts';
import { fitInstancesToDefinitions } from './fit-instances.ts';
import { nodeId } from './ids.ts';
import {
  CURRENT_WORKFLOW_VERSION,
  WORKFLOW_FORMAT,
  type Position,
  type WorkflowDocument,
} from './workflow-schema.ts';

/** Thrown for a definition that cannot be published, taken or updated. */
export class LibraryComponentError extends Error {
  override readonly name = 'LibraryComponentError';
}

/** The id of the one instance node in a library component's document. */
export const LIBRARY_INSTANCE_ID = 'component';

/** What a library entry's document holds. */
export interface LibraryComponent {
  /** The definition's key in the library document's `components`. */
  readonly componentId: string;
  readonly definition: ComponentDefinition;
  /** Every definition it contains, itself included, by id. */
  readonly components: Components;
}

/** A library component at one of its versions: what a document takes from the library. */
export interface LibraryComponentVersion {
  /** The library entry's id. */
  readonly libraryId: string;
  readonly version: number;
  readonly component: LibraryComponent;
}

/** `id` and the ids of every definition it nests, deepest last, each once. */
function dependencyIds(components: Components, id: string, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const definition = components[id];
  if (!definition) throw new LibraryComponentError(`No component definition "${id}"`);
  const nested = definition.nodes.flatMap((node) => {
    const inner = componentIdOf(node.type);
    return inner === undefined ? [] : dependencyIds(components, inner, seen);
  });
  return [id, ...nested];
}

function pick(components: Components, ids: readonly string[]): Components {
  return Object.fromEntries(ids.map((id) => [id, components[id]!]));
}

/**
 * The document a library entry stores for definition `componentId` of `doc`: that definition
 * (without its `source`: the library entry is the source), the definitions it nests, and one
 * instance of it.
 */
export function componentLibraryDocument(
  doc: WorkflowDocument,
  componentId: string,
): WorkflowDocument {
  const all = doc.components ?? {};
  const ids = dependencyIds(all, componentId);
  const { source: _source, ...definition } = all[componentId]!;
  return {
    format: WORKFLOW_FORMAT,
    version: CURRENT_WORKFLOW_VERSION,
    name: definition.name,
    description: definition.description ?? '',
    nodes: [
      {
        id: nodeId(LIBRARY_INSTANCE_ID),
        type: componentType(componentId),
        params: {},
        position: { x: 0, y: 0 },
      },
    ],
    edges: [],
    components: { ...pick(all, ids), [componentId]: definition },
  };
}

/** The component a library entry's document holds, or undefined when it holds none. */
export function readLibraryComponent(doc: WorkflowDocument): LibraryComponent | undefined {
  const instance = doc.nodes.find((node) => componentIdOf(node.type) !== undefined);
  const componentId = instance === undefined ? undefined : componentIdOf(instance.type);
  const definition = componentId === undefined ? undefined : doc.components?.[componentId];
  if (componentId === undefined || definition === undefined) return undefined;
  const components = pick(doc.components ?? {}, dependencyIds(doc.components ?? {}, componentId));
  return { componentId, definition, components };
}

const sameDefinition = (a: ComponentDefinition, b: ComponentDefinition): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

function freeId(wanted: string, taken: Components): string {
  let id = wanted;
  for (let n = 2; Object.hasOwn(taken, id); n += 1) id = `${wanted}-${n}`;
  return id;
}

/** `components` plus `taken`'s nested definitions that `components` lacks; a clash throws. */
function withNested(components: Components, taken: LibraryComponent): Components {
  const merged: Record<string, ComponentDefinition> = { ...components };
  for (const [id, definition] of Object.entries(taken.components)) {
    if (id === taken.componentId) continue;
    const existing = merged[id];
    if (existing && !sameDefinition(existing, definition))
      throw new LibraryComponentError(
        `"${taken.definition.name}" contains a component "${id}" that differs from this workflow's own "${id}"`,
      );
    merged[id] = definition;
  }
  return merged;
}

/**
 * Adds an instance of a library component at `position`: its definition is copied into the
 * document pinned to the library version (`source`), under its own id, or under a new one when
 * the document holds a different definition by that id. A definition already taken from the
 * same library version is shared. Returns the new document and the instance's id.
 */
export function takeLibraryComponent(
  doc: WorkflowDocument,
  taken: LibraryComponentVersion,
  position: Position,
): { readonly document: WorkflowDocument; readonly instanceId: string } {
  const components = withNested(doc.components ?? {}, taken.component);
  const source = { componentId: taken.libraryId, version: taken.version };
  const pinned: ComponentDefinition = { ...taken.component.definition, source };
  const reused = Object.entries(components).find(([, definition]) =>
    sameDefinition(definition, pinned),
  )?.[0];
  const id = reused ?? freeId(taken.component.componentId, components);
  const nodeIds = new Set(doc.nodes.map((node) => node.id as string));
  let instanceId = id;
  for (let n = 2; nodeIds.has(instanceId); n += 1) instanceId = `${id}-${n}`;
  return {
    instanceId,
    document: {
      ...doc,
      nodes: [
        ...doc.nodes,
        { id: nodeId(instanceId), type: componentType(id), params: {}, position },
      ],
      components: { ...components, [id]: pinned },
    },
  };
}

/**
 * Replaces definition `componentId` (taken from the library) with a newer library version,
 * keeping its id so every instance follows. Instances, wherever they sit, drop the params the
 * new version no longer exposes and the links of ports it no longer has (the update dialog lists
 * both first).
 */
export function updateLibraryComponent(
  doc: WorkflowDocument,
  componentId: string,
  newer: LibraryComponentVersion,
): WorkflowDocument {
  const current = doc.components?.[componentId];
  if (current?.source?.componentId !== newer.libraryId)
    throw new LibraryComponentError(
      `Component "${componentId}" was not taken from library component ${newer.libraryId}`,
    );
  const others = Object.fromEntries(
    Object.entries(doc.components ?? {}).filter(([id]) => id !== componentId),
  );
  const components = withNested(others, newer.component);
  const source = { componentId: newer.libraryId, version: newer.version };
  const definition: ComponentDefinition = { ...newer.component.definition, source };
  return fitInstancesToDefinitions(
    { ...doc, components: { ...components, [componentId]: definition } },
    [componentId],
  );
}
