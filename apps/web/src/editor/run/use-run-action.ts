'use client';
// Run: validate the open document, queue it on the hub, watch its events, show it on the
// canvas, then move the seeds on (one undoable edit).
import { expandSweep } from '@tessera/graph';
import { useEffect } from 'react';
import { missingOf } from '../missing/missing-of.ts';
import { useMissingPieces } from '../missing/use-missing.ts';
import { catalogue, specOf } from '../model/catalogue.ts';
import { useEditor } from '../state/editor-store.ts';
import { useSeedModes } from '../state/seed-modes.ts';
import { useValidation } from '../state/live-validation.ts';
import { validationOf } from '../state/validation.ts';
import { runLabel } from '../sweep/sweep-edit.ts';
import { runBlocker } from './run-blocker.ts';
import { messageOf, runClient } from './run-client.ts';
import { runShapeOf } from './run-shape.ts';
import { connectWhenIdle, watchRun } from './run-socket.ts';
import { useRuns } from './run-store.ts';
import { applySeedChanges, seedChanges } from './seed-advance.ts';

export interface RunAction {
  readonly run: () => void;
  /** What the Run button says: "Run", or "Run sweep (N)" for a document with a sweep. */
  readonly label: string;
  /** Why Run is disabled, or null when it is enabled. */
  readonly disabledReason: string | null;
}

async function queueRun(): Promise<void> {
  const editor = useEditor.getState();
  const { doc, savedAs } = editor;
  const { runners } = useRuns.getState();
  const blocker = runBlocker(
    validationOf(editor.structure),
    runners,
    missingOf(editor.structure, runners),
  );
  if (blocker !== null) {
    editor.notify('error', `Cannot run: ${blocker}`);
    return;
  }
  let runIds: readonly string[];
  try {
    const queued = await runClient().runs.enqueue.mutate({
      document: doc,
      ...(savedAs ? { workflowId: savedAs.id } : {}),
    });
    runIds = queued.ids;
  } catch (error) {
    editor.notify('error', `Could not queue the run: ${messageOf(error)}`);
    return;
  }
  // A sweep queues one run per value (named for it): begun last to first, so the list reads in
  // value order and the canvas shows the first.
  const docs = expandSweep(doc);
  const runs = runIds.map((id, i) => ({ id, shape: runShapeOf(docs[i] ?? doc, catalogue) }));
  for (const { id, shape } of [...runs].reverse()) useRuns.getState().begin(id, shape);
  const watching = Promise.all(runs.map(({ id, shape }) => watchRun(id, shape)));
  const changes = seedChanges(doc, useSeedModes.getState().modes, specOf);
  if (changes.length > 0) useEditor.getState().edit((d) => applySeedChanges(d, changes));
  await watching;
}

export function useRunAction(): RunAction {
  const validation = useValidation();
  const runners = useRuns((s) => s.runners);
  const label = useEditor((s) => runLabel(s.doc));
  const missing = useMissingPieces();
  useEffect(connectWhenIdle, []);
  return {
    run: () => void queueRun(),
    label,
    disabledReason: runBlocker(validation, runners, missing),
  };
}
