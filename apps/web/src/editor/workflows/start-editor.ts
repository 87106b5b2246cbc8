// Opens what the editor starts with (see start-plan.ts).
import { useEditor } from '../state/editor-store.ts';
import { useSeedModes } from '../state/seed-modes.ts';
import { type ModelSummary, type WorkflowRecord, api } from './api.ts';
import { recordKey } from './early-start-request.ts';
import { startUpQuery } from './start-up-query.ts';
import { type Draft, draftStorage, readDraft } from './draft.ts';
import { fetchSaved, openDocument } from './document-actions.ts';
import { sendEarly, take } from './early-requests.ts';
import { openRunSnapshot } from './open-run-snapshot.ts';
import { type StartPlan, planStart } from './start-plan.ts';
import { errorMessage } from './trpc-errors.ts';
import { runIdIn, workflowIdIn } from './workflow-url.ts';

const VISITED_KEY = 'tessera:visited';
const POSTER_TEMPLATE = 'poster.json';

function restore(draft: Draft, announce: boolean): void {
  useEditor.getState().open(draft.doc, draft.savedAs, { dirty: draft.dirty });
  useSeedModes.getState().replace(draft.seedModes);
  if (announce && draft.dirty) useEditor.getState().notify('info', 'Restored your unsaved draft');
}

/** Whether this browser opens the editor for the first time (and remembers that it has now). */
function firstVisit(storage: Storage | null): boolean {
  try {
    const first = storage !== null && storage.getItem(VISITED_KEY) === null;
    storage?.setItem(VISITED_KEY, '1');
    return first;
  } catch {
    return false;
  }
}

// Sent as the page starts (see start-up-query.ts); should that fail, asked again through tRPC.
const templatesRequest = (): Promise<ModelSummary[]> =>
  startUpQuery<ModelSummary[]>('models.list').catch(() => api().models.list.query());
const workflowKey = (id: string): string => `workflow:${id}`;
// The early request for the record (early-start-request.ts) if it was sent, else one sent now.
const startUpRecord = (id: string): Promise<WorkflowRecord> =>
  take(recordKey(id), () => startUpQuery<WorkflowRecord>('workflows.get', { id })).catch(() =>
    api().workflows.get.query({ id }),
  );
const savedRequest = (id: string) => () => fetchSaved(id, startUpRecord);

/** The start plan, made once per page (making it marks the browser as visited). */
let madePlan: StartPlan | undefined;
function startPlan(): StartPlan {
  if (madePlan === undefined) {
    const storage = draftStorage();
    madePlan = planStart({
      urlId: workflowIdIn(window.location.search),
      draft: readDraft(storage),
      firstVisit: firstVisit(storage),
    });
  }
  return madePlan;
}

/**
 * Sends the request for the first document now, while the page's scripts are still starting, so
 * its answer is there when the editor opens it (see early-requests.ts). Call it once the page runs.
 */
export function requestStartDocument(): void {
  if (typeof window === 'undefined' || runIdIn(window.location.search) !== null) return;
  const first = startPlan();
  if (first.kind === 'saved') sendEarly(workflowKey(first.id), savedRequest(first.id));
  else if (first.kind === 'template') sendEarly('templates', templatesRequest);
}

/** Carries out `plan`; `untouched` says whether the user has not edited meanwhile. */
async function carryOut(plan: StartPlan, untouched: () => boolean, announce = true): Promise<void> {
  if (plan.kind === 'draft') restore(plan.draft, announce);
  else if (plan.kind === 'template') {
    try {
      const models = await take('templates', templatesRequest);
      const poster = models.flatMap((m) => m.templates).find((t) => t.file === POSTER_TEMPLATE);
      if (poster && untouched()) openDocument(poster.document, null);
    } catch {
      // No templates (none installed, or the server cannot list them): the canvas stays empty.
    }
  } else if (plan.kind === 'saved') {
    try {
      const { doc, savedAs } = await take(workflowKey(plan.id), savedRequest(plan.id));
      if (untouched()) openDocument(doc, savedAs);
    } catch (error) {
      const reason = errorMessage(error);
      useEditor.getState().notify('error', `Could not open the saved workflow: ${reason}`);
      if (untouched()) await carryOut(plan.otherwise, untouched, false);
    }
  }
}

/** Opens the first document, unless the user starts editing before it arrives. */
export async function startEditor(): Promise<void> {
  const runId = runIdIn(window.location.search);
  if (runId !== null && (await openRunSnapshot(runId))) return;
  const before = useEditor.getState().doc;
  await carryOut(startPlan(), () => useEditor.getState().doc === before);
}
