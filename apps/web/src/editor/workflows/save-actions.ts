// Saving: over the saved version (optimistic concurrency), as a new workflow, and renaming.
// A newer version on the server is never overwritten: the user chooses in the conflict dialog.
import { TRPCClientError } from '@trpc/client';
import { type SavedAs, isDirty, useEditor } from '../state/editor-store.ts';
import { api } from './api.ts';
import { busyWhile, exclusive } from './busy-store.ts';
import { askConflict, askName } from './dialog-store.ts';
import { loadSaved } from './document-actions.ts';
import { errorMessage, isConflict } from './trpc-errors.ts';

export const UNTITLED = 'Untitled workflow';

const editor = useEditor.getState;

function saved(savedAs: SavedAs, doc: ReturnType<typeof editor>['doc']): void {
  editor().markSaved(savedAs, doc);
  editor().notify('info', `Saved (version ${savedAs.version})`);
}

/** Names the open document `name` (one undoable edit; none when it already is). */
function nameDocument(name: string): void {
  editor().edit((doc) => (doc.name === name ? doc : { ...doc, name }));
}

/** Saves the open document as a new workflow called `name`. */
async function create(name: string): Promise<void> {
  nameDocument(name);
  const { doc } = editor();
  try {
    const record = await busyWhile(
      api().workflows.create.mutate({
        name,
        description: doc.description,
        document: doc,
      }),
    );
    saved({ id: record.id, version: record.version }, doc);
  } catch (error) {
    editor().notify('error', `Could not save: ${errorMessage(error)}`);
  }
}

function conflictVersion(error: unknown): number | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('conflict' in data)) return null;
  const conflict: unknown = data.conflict;
  if (typeof conflict !== 'object' || conflict === null || !('currentVersion' in conflict))
    return null;
  return typeof conflict.currentVersion === 'number' ? conflict.currentVersion : null;
}

async function resolveConflict(savedAs: SavedAs, error: unknown): Promise<void> {
  const name = editor().doc.name;
  const choice = await askConflict({ name, currentVersion: conflictVersion(error) });
  if (choice === 'copy') {
    await create(`${name} (copy)`.slice(0, 200));
  } else if (choice === 'reload') {
    try {
      const reloaded = await loadSaved(savedAs.id);
      editor().notify('info', `Opened the saved version ${reloaded.version}`);
    } catch (reloadError) {
      editor().notify('error', `Could not reload the workflow: ${errorMessage(reloadError)}`);
    }
  }
}

async function saveOver(savedAs: SavedAs): Promise<void> {
  const { doc } = editor();
  try {
    const record = await busyWhile(
      api().workflows.save.mutate({
        id: savedAs.id,
        expectedVersion: savedAs.version,
        document: doc,
        ...(doc.name.trim() === '' ? {} : { name: doc.name }),
      }),
    );
    saved({ id: record.id, version: record.version }, doc);
  } catch (error) {
    if (isConflict(error)) await resolveConflict(savedAs, error);
    else editor().notify('error', `Could not save: ${errorMessage(error)}`);
  }
}

async function askForName(title: string, confirmLabel: string): Promise<string | null> {
  const { name } = editor().doc;
  return askName({ title, label: 'Name', initial: name === UNTITLED ? '' : name, confirmLabel });
}

/** Save (Ctrl+S): a new workflow the first time (asking a name if it has none), else a new version. */
export function saveWorkflow(): Promise<void> {
  return exclusive(async () => {
    const state = editor();
    if (state.savedAs === null) {
      const name =
        state.doc.name === UNTITLED || state.doc.name.trim() === ''
          ? await askForName('Save workflow', 'Save')
          : state.doc.name;
      if (name !== null) await create(name);
    } else if (!isDirty(state)) {
      editor().notify('info', `No changes to save (version ${state.savedAs.version})`);
    } else {
      await saveOver(state.savedAs);
    }
  });
}

/** Save as…: always a new workflow, under a name the user gives. */
export function saveWorkflowAs(): Promise<void> {
  return exclusive(async () => {
    const name = await askForName('Save as', 'Save');
    if (name !== null) await create(name);
  });
}

/** Rename…: the document, and the saved workflow when there is one. */
export function renameWorkflow(): Promise<void> {
  return exclusive(async () => {
    const name = await askForName('Rename workflow', 'Rename');
    const before = editor();
    if (name === null || name === before.doc.name) return;
    const wasClean = !isDirty(before);
    nameDocument(name);
    const { savedAs, doc } = editor();
    if (savedAs === null) return;
    try {
      await busyWhile(api().workflows.rename.mutate({ id: savedAs.id, name }));
      // A saved workflow opens under its (new) name, so an otherwise unchanged one stays saved.
      if (wasClean && editor().doc === doc) editor().markSaved(savedAs, doc);
      editor().notify('info', `Renamed to “${name}”`);
    } catch (error) {
      editor().notify('error', `Could not rename the saved workflow: ${errorMessage(error)}`);
    }
  });
}
