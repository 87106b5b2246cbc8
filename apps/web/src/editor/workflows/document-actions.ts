// Opening documents: new, saved, template, imported; and exporting the open one.
import { CURRENT_WORKFLOW_VERSION, type WorkflowDocument, readDocument } from '@tessera/graph';
import { pinModels } from '../missing/pin-models.ts';
import { emptyDocument } from '../model/document-ops.ts';
import { useRuns } from '../run/run-store.ts';
import { type SavedAs, isDirty, useEditor } from '../state/editor-store.ts';
import { useSeedModes } from '../state/seed-modes.ts';
import { type ModelTemplate, type WorkflowRecord, api } from './api.ts';
import { askConfirm } from './dialog-store.ts';
import { exportFileName } from './file-names.ts';
import { describeProblems, parseWorkflowFile } from './import-document.ts';
import { errorMessage } from './trpc-errors.ts';

/** Files larger than this are refused before reading (a workflow is a few kilobytes). */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const editor = useEditor.getState;

/** Replaces the open document (history, selection and seed modes start afresh). */
export function openDocument(
  doc: WorkflowDocument,
  savedAs: SavedAs | null,
  options: { dirty?: boolean } = {},
): void {
  editor().open(doc, savedAs, options);
  useSeedModes.getState().replace({});
}

/** True when nothing unsaved would be lost, or the user agrees to lose it. */
export async function confirmDiscard(what: string): Promise<boolean> {
  const state = editor();
  if (!isDirty(state)) return true;
  return askConfirm({
    title: 'Discard unsaved changes?',
    message: `“${state.doc.name}” has unsaved changes. ${what} discards them.`,
    confirmLabel: 'Discard changes',
  });
}

export async function newDocument(): Promise<void> {
  if (await confirmDiscard('Starting a new workflow')) openDocument(emptyDocument(), null);
}

/** A saved workflow as the server has it; throws when it cannot be had or read. */
export async function fetchSaved(
  id: string,
  getRecord: (id: string) => Promise<WorkflowRecord> = (id) => api().workflows.get.query({ id }),
): Promise<{ doc: WorkflowDocument; savedAs: SavedAs }> {
  const record = await getRecord(id);
  // The server sends the document read (workflows-router.ts `get`); only one of another version
  // (a server older or newer than this page) is read again. Checking a 1,000-node document's
  // shape here would cost the first open a tenth of a second.
  const served = record.document as unknown as WorkflowDocument;
  const read =
    served.version === CURRENT_WORKFLOW_VERSION
      ? { ok: true as const, document: served }
      : readDocument(record.document);
  if (!read.ok) throw new Error(`its document cannot be read: ${describeProblems(read.problems)}`);
  // The workflow's name (renames do not make a new version) names the document.
  return {
    doc: { ...read.document, name: record.name },
    savedAs: { id: record.id, version: record.version },
  };
}

/** Loads a saved workflow from the server and opens it; throws when it cannot. */
export async function loadSaved(id: string): Promise<SavedAs> {
  const { doc, savedAs } = await fetchSaved(id);
  openDocument(doc, savedAs);
  return savedAs;
}

/** Opens a saved workflow, telling the user when it cannot be. */
export async function openSaved(id: string): Promise<void> {
  try {
    await loadSaved(id);
  } catch (error) {
    editor().notify('error', `Could not open the workflow: ${errorMessage(error)}`);
  }
}

export function openTemplate(template: ModelTemplate): void {
  openDocument(template.document, null);
  editor().notify('info', `Opened the template “${template.name}” (not saved yet)`);
}

/** Downloads the open document as `<name>.json`, pinning the model packages it runs with. */
export function exportDocument(): void {
  const doc = pinModels(editor().doc, useRuns.getState().runners);
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(doc.name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens a workflow file as a new, unsaved document; a bad file leaves the open one untouched. */
export async function importFile(file: File): Promise<void> {
  if (file.size > MAX_IMPORT_BYTES) {
    editor().notify('error', `“${file.name}” is too large to be a workflow (over 10 MB).`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    editor().notify('error', `Could not read “${file.name}”: ${errorMessage(error)}`);
    return;
  }
  const result = parseWorkflowFile(text, file.name);
  if (!result.ok) {
    editor().notify('error', result.message);
    return;
  }
  if (!(await confirmDiscard('Importing a workflow'))) return;
  // Not saved anywhere yet, but nothing is lost either: the file still has it.
  openDocument(result.document, null);
  editor().notify('info', `Imported “${result.document.name}” (not saved yet)`);
}
