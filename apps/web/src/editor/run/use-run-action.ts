'use client';
// Run: validate the open document, queue it on the hub, watch its events, show it on the
// canvas, then move the seeds on (one undoable edit).
import { useEffect } from 'react';
import { catalogue, specOf } from '../model/catalogue.ts';
import { useEditor } from '../state/editor-store.ts';
import { useSeedModes } from '../state/seed-modes.ts';
import { useValidation, validationOf } from '../state/validation.ts';
import { runBlocker } from './run-blocker.ts';
import { messageOf, runClient } from './run-client.ts';
import { runShapeOf } from './run-shape.ts';
import { clientSocket, watchRun } from './run-socket.ts';
import { useRuns } from './run-store.ts';
import { applySeedChanges, seedChanges } from './seed-advance.ts';

export interface RunAction {
  readonly run: () => void;
  /** Why Run is disabled, or null when it is enabled. */
  readonly disabledReason: string | null;
}

async function queueRun(): Promise<void> {
  const editor = useEditor.getState();
  const { doc, savedAs } = editor;
  const blocker = runBlocker(validationOf(editor.structure), useRuns.getState().runners);
  if (blocker !== null) {
    editor.notify('error', `Cannot run: ${blocker}`);
    return;
  }
  let runId: string;
  try {
    const queued = await runClient().runs.enqueue.mutate({
      document: doc,
      ...(savedAs ? { workflowId: savedAs.id } : {}),
    });
    runId = queued.id;
  } catch (error) {
    editor.notify('error', `Could not queue the run: ${messageOf(error)}`);
    return;
  }
  const shape = runShapeOf(doc, catalogue);
  useRuns.getState().begin(runId, shape);
  const watching = watchRun(runId, shape);
  const changes = seedChanges(doc, useSeedModes.getState().modes, specOf);
  if (changes.length > 0) useEditor.getState().edit((d) => applySeedChanges(d, changes));
  await watching;
}

export function useRunAction(): RunAction {
  const validation = useValidation();
  const runners = useRuns((s) => s.runners);
  useEffect(() => {
    clientSocket();
  }, []);
  return {
    run: () => void queueRun(),
    disabledReason: runBlocker(validation, runners),
  };
}
