// The Versions commands: list, open one read-only, compare two, restore one as the new head.
import { readDocument, type WorkflowDocument } from '@tessera/graph';
import { useEditor } from '../state/editor-store.ts';
import { api } from '../workflows/api.ts';
import { confirmDiscard, fetchSaved, openDocument } from '../workflows/document-actions.ts';
import { describeProblems } from '../workflows/import-document.ts';
import { errorMessage, isConflict } from '../workflows/trpc-errors.ts';
import { diffView } from './diff-view.ts';
import { type ShownVersion, useVersionView } from './version-view-store.ts';

const editor = useEditor.getState;

/** The saved workflow open in the editor, or null (and a notice saying why) when there is none. */
function savedWorkflowId(what: string): string | null {
  const savedAs = editor().savedAs;
  if (savedAs === null) editor().notify('error', `Save the workflow first: ${what}.`);
  return savedAs?.id ?? null;
}

export function openVersionsPanel(): void {
  if (savedWorkflowId('only a saved workflow has versions') !== null)
    useVersionView.setState({ panel: true });
}

export function closeVersionsPanel(): void {
  useVersionView.setState({ panel: false });
}

/** Back to the open document. */
export function leaveVersionView(): void {
  useVersionView.setState({ view: null });
}

async function fetchVersion(workflowId: string, version: number): Promise<ShownVersion> {
  const record = await api().versions.get.query({ id: workflowId, version });
  const read = readDocument(record.document);
  if (!read.ok)
    throw new Error(`version ${version} cannot be read: ${describeProblems(read.problems)}`);
  return { version, doc: read.document };
}

/** Shows `version` read-only on the canvas. */
export async function showVersion(workflowId: string, version: number): Promise<void> {
  try {
    const shown = await fetchVersion(workflowId, version);
    useVersionView.setState({ view: { kind: 'view', workflowId, shown }, panel: false });
  } catch (error) {
    editor().notify('error', `Could not open version ${version}: ${errorMessage(error)}`);
  }
}

/** Shows the newer of two versions with what changed since the older highlighted. */
export async function compareVersions(workflowId: string, a: number, b: number): Promise<void> {
  const [low, high] = a < b ? [a, b] : [b, a];
  try {
    const [older, newer] = await Promise.all([
      fetchVersion(workflowId, low),
      fetchVersion(workflowId, high),
    ]);
    const view = diffView(older.doc, newer.doc);
    useVersionView.setState({
      view: { kind: 'compare', workflowId, older, newer, diffView: view },
      panel: false,
    });
  } catch (error) {
    editor().notify(
      'error',
      `Could not compare versions ${low} and ${high}: ${errorMessage(error)}`,
    );
  }
}

function opened(doc: WorkflowDocument, id: string, version: number): void {
  openDocument(doc, { id, version });
  leaveVersionView();
}

/**
 * Saves `version`'s document as a new version of the open workflow (history is kept) and opens
 * it. Unsaved changes are only discarded when the user agrees.
 */
export async function restoreVersion(workflowId: string, version: number): Promise<void> {
  closeVersionsPanel();
  const savedAs = editor().savedAs;
  if (savedAs?.id !== workflowId) {
    editor().notify('error', 'Open the workflow in the editor to restore one of its versions.');
    return;
  }
  if (!(await confirmDiscard(`Restoring version ${version}`))) return;
  try {
    const record = await api().versions.restore.mutate({
      id: workflowId,
      version,
      expectedVersion: savedAs.version,
    });
    const { doc } = await fetchSaved(record.id);
    opened(doc, record.id, record.version);
    editor().notify('info', `Restored version ${version} as version ${record.version}`);
  } catch (error) {
    if (isConflict(error))
      editor().notify(
        'error',
        `Could not restore version ${version}: the workflow was saved elsewhere since you opened it. Open it again, then restore.`,
      );
    else editor().notify('error', `Could not restore version ${version}: ${errorMessage(error)}`);
  }
}
