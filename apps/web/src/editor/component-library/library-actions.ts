// What the editor does with the component library: take a component into the document, publish
// a component node's definition, update a taken definition to the library's newer version.
import {
  type ComponentDefinition,
  LibraryComponentError,
  type Position,
  componentIdOf,
  takeLibraryComponent,
  updateLibraryComponent,
} from '@tessera/graph';
import { create } from 'zustand';
import { useEditor } from '../state/editor-store.ts';
import { api } from '../workflows/api.ts';
import { errorMessage, isConflict } from '../workflows/trpc-errors.ts';
import { type LibraryEntry, loadComponentLibrary, useComponentLibrary } from './library-store.ts';

interface LibraryDialogs {
  /** The definition the publish dialog is for; null while closed. */
  readonly publishing: string | null;
  /** The definition the update dialog is for, and the library version it offers; null while closed. */
  readonly updating: { readonly componentId: string; readonly entry: LibraryEntry } | null;
}

export const useLibraryDialogs = create<LibraryDialogs>()(() => ({
  publishing: null,
  updating: null,
}));

const editor = useEditor.getState;

/** The definition behind component node `nodeId` of the open view, if it is one. */
export function definitionOfNode(
  nodeId: string,
): { readonly componentId: string; readonly definition: ComponentDefinition } | undefined {
  const { view, doc } = editor();
  const type = view.nodes.find((node) => node.id === nodeId)?.type;
  const componentId = type === undefined ? undefined : componentIdOf(type);
  const definition = componentId === undefined ? undefined : doc.components?.[componentId];
  return componentId && definition ? { componentId, definition } : undefined;
}

/**
 * Adds library component `libraryId` (its latest version) at `position`, selected; returns the
 * new node's id, or undefined (with a notice) when it cannot be added.
 */
export function takeFromLibrary(libraryId: string, position: Position): string | undefined {
  const entry = useComponentLibrary.getState().entries.find((e) => e.id === libraryId);
  if (!entry) return undefined;
  if (editor().path.length > 0) {
    editor().notify('error', 'Go back to the workflow to add a library component.');
    return undefined;
  }
  try {
    const { document, instanceId } = takeLibraryComponent(
      editor().doc,
      { libraryId: entry.id, version: entry.version, component: entry.component },
      position,
    );
    editor().editView(() => document, [instanceId]);
    return instanceId;
  } catch (error) {
    if (!(error instanceof LibraryComponentError)) throw error;
    editor().notify('error', `Cannot add “${entry.name}”: ${error.message}`);
    return undefined;
  }
}

/**
 * Opens the publish dialog for component node `nodeId`. In a library component's own document
 * (opened from the library) saving is what publishes its next version, so it says that instead.
 */
export function requestPublish(nodeId: string): void {
  const found = definitionOfNode(nodeId);
  if (!found) {
    editor().notify('error', 'Select a component node to publish it to the library.');
    return;
  }
  const savedAs = editor().savedAs;
  const itself = useComponentLibrary.getState().entries.find((e) => e.id === savedAs?.id);
  if (itself) {
    editor().notify(
      'info',
      `This is library component “${itself.name}”: Save (Ctrl+S) publishes its next version.`,
    );
    return;
  }
  useLibraryDialogs.setState({ publishing: found.componentId });
}

export function closeLibraryDialogs(): void {
  useLibraryDialogs.setState({ publishing: null, updating: null });
}

export interface PublishForm {
  readonly name: string;
  readonly category: string;
  readonly description: string;
}

/** `componentId`'s definition with `change` applied, as one undoable edit of the document. */
function editDefinition(
  componentId: string,
  change: (definition: ComponentDefinition) => ComponentDefinition,
): void {
  editor().edit((doc) => {
    const definition = doc.components?.[componentId];
    if (!definition) return doc;
    return { ...doc, components: { ...doc.components, [componentId]: change(definition) } };
  });
}

/**
 * Names the definition as the form says, publishes it (the next version of the library component
 * it came from, else a new one) and pins it to what the library now holds.
 */
export async function publishDefinition(componentId: string, form: PublishForm): Promise<void> {
  closeLibraryDialogs();
  const category = form.category.trim();
  const description = form.description.trim();
  editDefinition(componentId, ({ category: _c, description: _d, ...definition }) => ({
    ...definition,
    name: form.name.trim(),
    ...(category ? { category } : {}),
    ...(description ? { description } : {}),
  }));
  try {
    const published = await api().components.publish.mutate({
      document: editor().doc,
      componentId,
    });
    editDefinition(componentId, (definition) => ({
      ...definition,
      source: { componentId: published.id, version: published.version },
    }));
    editor().notify('info', `Published “${form.name.trim()}” as version ${published.version}.`);
    await loadComponentLibrary();
  } catch (error) {
    editor().notify(
      'error',
      isConflict(error)
        ? 'The library holds a newer version of this component: update the node first, then publish.'
        : `Could not publish the component: ${errorMessage(error)}`,
    );
  }
}

/** Opens the update dialog of definition `componentId`, offering `entry`'s version. */
export function requestUpdate(componentId: string, entry: LibraryEntry): void {
  useLibraryDialogs.setState({ updating: { componentId, entry } });
}

/** Replaces the definition with the offered library version, for every instance (undoable). */
export function confirmUpdate(): void {
  const updating = useLibraryDialogs.getState().updating;
  closeLibraryDialogs();
  if (updating === null) return;
  const { componentId, entry } = updating;
  try {
    editor().edit((doc) =>
      updateLibraryComponent(doc, componentId, {
        libraryId: entry.id,
        version: entry.version,
        component: entry.component,
      }),
    );
  } catch (error) {
    if (!(error instanceof LibraryComponentError)) throw error;
    editor().notify('error', `Cannot update “${entry.name}”: ${error.message}`);
  }
}
