// Live validation, off the critical path: each change of the open document is validated in the
// background (a Web Worker, see background-validator.ts), and its problems are shown when they are
// back. Validating a 1,000-node document takes tens of milliseconds warm and far more the first
// time; opening or editing one should never wait for that. The worker starts, and a document
// that has just opened is sent to it, when the page is idle: while a document opens, the worker's
// start-up and the copy of the document would compete with drawing it. Running checks the current document itself
// (see ../run/use-run-action.ts).
import type { WorkflowDocument } from '@tessera/graph';
import { useEffect } from 'react';
import { create } from 'zustand';
import { whenIdle } from '../../client/when-idle.ts';
import { type BackgroundValidator, startBackgroundValidator } from './background-validator.ts';
import { useEditor } from './editor-store.ts';
import type { NodeProblems, Validation } from './validation.ts';

const NO_PROBLEMS: NodeProblems = { node: [], fields: new Map() };
/** The longest a change waits for the page to be idle before it is validated. */
const IDLE_TIMEOUT_MS = 1_000;

interface LiveValidation {
  /** The latest validated document's problems (none yet for a document just opened). */
  readonly validation: Validation;
}

/** No problems known yet for `document`. */
const none = (document: WorkflowDocument): Validation => ({
  result: { ok: true, document, problems: [] },
  errors: [],
  warnings: [],
  byNode: new Map(),
});

// The starting document is validated with the first queued validation (startLiveValidation):
// validating it here, as the module loads, built every document schema while the page started.
export const useLiveValidation = create<LiveValidation>(() => ({
  validation: none(useEditor.getState().structure),
}));

let validator: BackgroundValidator | undefined;
let following = false;
let inFlight = false;
let again = false;
let queued: 'soon' | 'idle' | undefined;
let cancelQueued = (): void => undefined;

/**
 * Validates after the current task, so a burst of changes (a paste, a script) is sent once; a
 * document that has just opened, when the page is next idle. An edit's problems come at once:
 * shown a moment later, they would move the edited node's ports under a link being dragged.
 */
function queueValidation(whenOpened: boolean): void {
  if (queued === 'soon' || (queued === 'idle' && whenOpened)) return;
  cancelQueued();
  const run = (): void => {
    queued = undefined;
    validateLatest();
  };
  if (whenOpened) {
    queued = 'idle';
    cancelQueued = whenIdle(run, IDLE_TIMEOUT_MS);
  } else {
    queued = 'soon';
    const timer = setTimeout(run, 0);
    cancelQueued = () => clearTimeout(timer);
  }
}

/** Validates the current structure; a change made meanwhile is validated once this one is back. */
function validateLatest(): void {
  validator ??= startBackgroundValidator();
  if (inFlight) {
    again = true;
    return;
  }
  inFlight = true;
  const { structure, opened } = useEditor.getState();
  void validator.validate(structure).then((validation) => {
    inFlight = false;
    // While a newer change of the same document is validated, these problems stay shown.
    if (useEditor.getState().opened === opened) useLiveValidation.setState({ validation });
    if (again) {
      again = false;
      validateLatest();
    }
  });
}

/** Starts following the editor's document (once per page; a no-op after the first call). */
export function startLiveValidation(): void {
  if (following) return;
  following = true;
  useEditor.subscribe((state, previous) => {
    if (state.structure === previous.structure) return;
    // A newly opened document shows no problems of the one before it while it waits.
    const opened = state.opened !== previous.opened;
    if (opened) useLiveValidation.setState({ validation: none(state.structure) });
    queueValidation(opened);
  });
  queueValidation(true);
}

/**
 * The open document's validation as last worked out in the background (see validateLatest): a
 * change is drawn first and its problems a moment later. Running checks the current document
 * itself (see use-run-action.ts).
 */
export function useValidation(): Validation {
  useEffect(startLiveValidation, []);
  return useLiveValidation((s) => s.validation);
}

/** The problems of a node by the id a run gives it (`instance/inner` inside a component). */
export function useNodeProblems(nodeId: string): NodeProblems {
  useEffect(startLiveValidation, []);
  return useLiveValidation((s) => s.validation.byNode.get(nodeId) ?? NO_PROBLEMS);
}
