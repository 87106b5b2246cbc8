// Live validation, off the critical path: the open document's problems are worked out when the
// browser is idle after a change (or within IDLE_TIMEOUT_MS), not while the change is drawn.
// Validating a 1,000-node document takes tens of milliseconds; opening one should draw its nodes
// first. Running checks the current document itself (see ../run/use-run-action.ts).
import type { WorkflowDocument } from '@tessera/graph';
import { useEffect } from 'react';
import { create } from 'zustand';
import { useEditor } from './editor-store.ts';
import { type NodeProblems, type Validation, validationOf } from './validation.ts';

const NO_PROBLEMS: NodeProblems = { node: [], fields: new Map() };

/** The longest a change waits for an idle moment before it is validated anyway. */
const IDLE_TIMEOUT_MS = 250;

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

export const useLiveValidation = create<LiveValidation>(() => ({
  validation: validationOf(useEditor.getState().structure),
}));

let started = false;
let pending: (() => void) | undefined;

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

function schedule(): void {
  if (pending) return;
  pending = whenIdle(() => {
    pending = undefined;
    useLiveValidation.setState({ validation: validationOf(useEditor.getState().structure) });
  });
}

/** Starts following the editor's document (once per page; a no-op after the first call). */
export function startLiveValidation(): void {
  if (started) return;
  started = true;
  useEditor.subscribe((state, previous) => {
    if (state.structure === previous.structure) return;
    // A newly opened document shows no problems of the one before it while it waits.
    if (state.opened !== previous.opened)
      useLiveValidation.setState({ validation: none(state.structure) });
    schedule();
  });
  schedule();
}

/**
 * The open document's validation as of the browser's last idle moment (see startLiveValidation):
 * a change is drawn first and its problems a moment later. Running checks the current document
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
