// Keeps the page in step with the open document once it is loaded: the local draft (debounced),
// the address (`?workflow=<id>`), and a warning before leaving with unsaved changes.
import { type EditorState, isDirty, useEditor } from '../state/editor-store.ts';
import { useSeedModes } from '../state/seed-modes.ts';
import { type Draft, writeDraft } from './draft.ts';
import { showWorkflowInUrl } from './workflow-url.ts';

const DRAFT_DELAY_MS = 400;

export function currentDraft(): Draft {
  const state = useEditor.getState();
  return {
    doc: state.doc,
    savedAs: state.savedAs,
    seedModes: useSeedModes.getState().modes,
    dirty: isDirty(state),
  };
}

const draftChanged = (s: EditorState, p: EditorState): boolean =>
  s.doc !== p.doc || s.savedAs !== p.savedAs || s.savedDoc !== p.savedDoc;

/** Starts syncing; answers a function that stops it. */
export function startSessionSync(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    writeDraft(currentDraft());
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(flush, DRAFT_DELAY_MS);
  };
  const onHide = (): void => {
    if (timer !== undefined) flush();
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') onHide();
  };
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    onHide();
    if (!isDirty(useEditor.getState())) return;
    e.preventDefault();
    // Older browsers need a return value to ask.
    e.returnValue = '';
  };

  const stopEditor = useEditor.subscribe((state, previous) => {
    if (draftChanged(state, previous)) schedule();
    if (state.savedAs?.id !== previous.savedAs?.id) showWorkflowInUrl(state.savedAs?.id ?? null);
  });
  const stopSeeds = useSeedModes.subscribe(schedule);
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  showWorkflowInUrl(useEditor.getState().savedAs?.id ?? null);
  // Not at once: the document has just opened and the page is drawing it (leaving flushes it).
  schedule();
  return () => {
    onHide();
    stopEditor();
    stopSeeds();
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
