// `/?run=<id>` (from the history's "Open in editor"): opens the document a run executed, exactly
// as it was snapshotted, as an unsaved document; then drops `run` from the address, so a reload
// keeps the user's edits (the local draft) instead of opening the snapshot again.
import { readDocument } from '@tessera/graph';
import { useEditor } from '../state/editor-store.ts';
import { api } from './api.ts';
import { openDocument } from './document-actions.ts';
import { describeProblems } from './import-document.ts';
import { errorMessage } from './trpc-errors.ts';
import { RUN_PARAM } from './workflow-url.ts';

function dropRunFromUrl(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(RUN_PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** Opens the run's snapshot; false (after telling the user why) when it cannot. */
export async function openRunSnapshot(runId: string): Promise<boolean> {
  dropRunFromUrl();
  try {
    const run = await api().runs.get.query({ id: runId });
    const read = readDocument(run.document);
    if (!read.ok)
      throw new Error(`its document cannot be read: ${describeProblems(read.problems)}`);
    openDocument(read.document, null, { dirty: true });
    useEditor
      .getState()
      .notify(
        'info',
        `Opened the snapshot of run ${runId.slice(0, 8)} (not saved: save to keep it)`,
      );
    return true;
  } catch (error) {
    useEditor.getState().notify('error', `Could not open the run ${runId}: ${errorMessage(error)}`);
    return false;
  }
}
