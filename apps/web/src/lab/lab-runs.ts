// Lab actions that run on the hub: render the edited plan, resample its unlocked cells, sweep a
// param of the source workflow. Each queues a document through tRPC `runs.enqueue` and watches
// it with the editor's run socket/store; `takeResults` files finished runs' outputs.
import { encodeLockMask, encodeTokenPlanBase64 } from '@tessera/protocol';
import { catalogue, specOf } from '../editor/model/catalogue.ts';
import { messageOf, runClient } from '../editor/run/run-client.ts';
import { runShapeOfStored } from '../editor/run/run-shape.ts';
import { watchRun } from '../editor/run/run-socket.ts';
import type { RunState } from '../editor/run/run-state.ts';
import { useRuns } from '../editor/run/run-store.ts';
import { opsParam } from './edit-ops.ts';
import {
  type LabDocument,
  RENDER_TYPES,
  RESAMPLE_TYPES,
  type ResampleInput,
  SWEEP_PARAMS,
  type SweepParam,
  missingTypes,
  renderDocument,
  resampleDocument,
  sweepDocument,
  sweepWorkflow,
} from './lab-documents.ts';
import { type LabPlan, type LabRun, activePlan, useLab } from './lab-store.ts';
import { lockedCount } from './lock-mask.ts';
import { openArtifact } from './open-actions.ts';
import { editedPlan } from './plan-export.ts';
import { sourceFinePlan } from './source-fine-plan.ts';

const has = (type: string): boolean => specOf(type) !== undefined;

/** Why an action cannot run in this build, or null. */
export function actionBlocker(kind: 'render' | 'resample'): string | null {
  const missing = missingTypes(has, kind === 'render' ? RENDER_TYPES : RESAMPLE_TYPES);
  return missing.length === 0
    ? null
    : `needs the ${missing.join(' and ')} node${missing.length > 1 ? 's' : ''}, which this build does not have yet`;
}

async function enqueue(doc: LabDocument): Promise<string> {
  const { id } = await runClient().runs.enqueue.mutate({ document: doc });
  const shape = runShapeOfStored(doc, catalogue);
  useRuns.getState().begin(id, shape);
  void watchRun(id, shape);
  return id;
}

function addRun(plan: LabPlan, run: LabRun): void {
  useLab.getState().update(plan.key, (p) => ({ ...p, runs: [...p.runs, run] }));
}

/** The workflow that renders `plan` as edited: plan.load (as opened) → plan.edit (the edits) → …. */
function renderDocumentOf(plan: LabPlan): LabDocument {
  const { ids, ops } = plan.history.present;
  const withEdit = has('plan.edit') && ops.length > 0;
  return renderDocument({
    planBase64: encodeTokenPlanBase64(withEdit ? plan.plan : editedPlan(plan.plan, ids)),
    ops: withEdit ? opsParam(ops) : null,
    prompt: plan.prompt,
    layout: plan.plan.width === 16,
    source: plan.source.document,
  });
}

export async function render(): Promise<void> {
  const lab = useLab.getState();
  const plan = activePlan(lab);
  if (!plan) return;
  const blocker = actionBlocker('render');
  if (blocker) return lab.notify('error', `Render ${blocker}.`);
  const doc = renderDocumentOf(plan);
  try {
    addRun(plan, { runId: await enqueue(doc), kind: 'render', done: false });
  } catch (error) {
    lab.notify('error', `Could not queue the render: ${messageOf(error)}`);
  }
}

/**
 * The workflow that re-creates a plan a resample made: the plan it started from, the resample,
 * the edits made since (plan.edit) and the render; null when this build cannot replay it.
 */
function resampleReplayOf(plan: LabPlan): LabDocument | null {
  const input = plan.resampledFrom;
  const { ops } = plan.history.present;
  if (!input || actionBlocker('resample') || (ops.length > 0 && !has('plan.edit'))) return null;
  return resampleDocument(input, {
    ops: ops.length > 0 ? opsParam(ops) : null,
    renderPrompt: plan.prompt,
  });
}

/** Saves `doc` as a new workflow named `name`; answers its id, or null (with a message). */
async function saveWorkflow(
  name: string,
  description: string,
  doc: LabDocument,
): Promise<string | null> {
  const lab = useLab.getState();
  try {
    const saved = await runClient().workflows.create.mutate({
      name,
      description,
      document: { ...doc, name, description },
    });
    lab.notify('info', `Saved as the workflow “${name}”.`);
    return saved.id;
  } catch (error) {
    lab.notify('error', `Could not save the workflow: ${messageOf(error)}`);
    return null;
  }
}

/**
 * Saves the active plan's lab work as a workflow that re-creates it (the plan as opened, its edits
 * as plan.edit ops, then expand → decode → upscale → save; for a plan a resample made, the plan
 * that resample started from and the resample first); answers the new workflow's id.
 */
export async function saveAsWorkflow(): Promise<string | null> {
  const lab = useLab.getState();
  const plan = activePlan(lab);
  if (!plan) return null;
  const blocker = actionBlocker('render');
  if (blocker) {
    lab.notify('error', `Saving as a workflow ${blocker}.`);
    return null;
  }
  const replay = resampleReplayOf(plan);
  return saveWorkflow(
    `Plan Lab: ${plan.name}`,
    replay
      ? 'Re-creates a Plan Lab resample: the plan it started from, the resample (lock, seed, sampling, prompt), the edits made since, then the render.'
      : 'Re-creates a Plan Lab session: the plan as opened, its edits, then the render.',
    replay ?? renderDocumentOf(plan),
  );
}

/**
 * Saves the plan's source workflow with a sweep of `param` over `values`: opened in the editor,
 * Run re-runs the sweep. Answers the new workflow's id, or null (with a message).
 */
export async function saveSweepAsWorkflow(
  plan: LabPlan,
  param: SweepParam,
  values: readonly number[],
): Promise<string | null> {
  const lab = useLab.getState();
  const source = plan.source.document;
  const doc = source ? sweepWorkflow(source, param, values) : null;
  if (!doc) {
    lab.notify(
      'error',
      source
        ? `The plan’s workflow has no ${SWEEP_PARAMS[param].type} node to sweep ${param} on.`
        : 'A sweep needs the workflow the plan came from.',
    );
    return null;
  }
  return saveWorkflow(
    `Plan Lab sweep: ${source?.name ?? plan.name} · ${param}`,
    `Runs the workflow once for each ${param} in ${values.join(', ')} (a Plan Lab sweep).`,
    doc,
  );
}

/** Sampling settings for a resample; a missing one is taken from the plan's source workflow. */
export interface ResampleSampling {
  readonly temperature?: number;
  readonly topP?: number;
}

export async function resample(seed: number, sampling: ResampleSampling = {}): Promise<void> {
  const lab = useLab.getState();
  const plan = activePlan(lab);
  if (!plan) return;
  const blocker = actionBlocker('resample');
  if (blocker) return lab.notify('error', `Resample ${blocker}.`);
  const { ids, lock } = plan.history.present;
  if (lockedCount(lock) === lock.length)
    return lab.notify('error', 'Every cell is locked: unlock some to resample them.');
  const input: ResampleInput = {
    planBase64: encodeTokenPlanBase64(editedPlan(plan.plan, ids)),
    prompt: plan.prompt,
    lock: encodeLockMask(lock, plan.plan.height, plan.plan.width),
    seed,
    ...sampling,
    source: plan.source.document,
    keepFineBase64: await sourceFinePlan(plan),
  };
  try {
    const runId = await enqueue(resampleDocument(input));
    addRun(plan, { runId, kind: 'resample', done: false, resample: input });
  } catch (error) {
    lab.notify('error', `Could not queue the resample: ${messageOf(error)}`);
  }
}

export async function sweep(plan: LabPlan, param: SweepParam, values: readonly number[]) {
  const lab = useLab.getState();
  const source = plan.source.document;
  if (!source) return lab.notify('error', 'A sweep needs the workflow the plan came from.');
  const items = values.map((value) => ({
    value,
    runId: null as string | null,
    error: null as string | null,
  }));
  lab.setSweep({ param, planKey: plan.key, items });
  for (const [i, value] of values.entries()) {
    const doc = sweepDocument(source, param, value);
    let runId: string | null = null;
    let error: string | null = null;
    try {
      if (!doc) throw new Error(`the workflow has no node with a ${param} param`);
      runId = await enqueue(doc);
    } catch (e) {
      error = messageOf(e);
    }
    const current = useLab.getState().sweep;
    if (current?.planKey !== plan.key) return;
    useLab.getState().setSweep({
      ...current,
      items: current.items.map((it, j) => (j === i ? { ...it, runId, error } : it)),
    });
  }
}

/** The image a run saved: the output of the node feeding image.save (the upscaler here). */
export const savedImageOf = (run: RunState): string | undefined =>
  artifactOf(run, 'image.upscale', 'image') ?? artifactOf(run, 'diffusion.decode', 'image');

/** The artifact a run's node of `type` wrote, of `kind`. */
export function artifactOf(run: RunState, type: string, kind: 'image' | 'token_plan') {
  for (const [nodeId, node] of Object.entries(run.nodes))
    if ((run.types[nodeId] ?? node.nodeType) === type) {
      const found = node.artifacts.find((a) => a.kind === kind);
      if (found) return found.artifactId;
    }
  return undefined;
}

/** Files the outputs of the lab runs that have finished (called when the run store changes). */
export function takeResults(runs: Readonly<Record<string, RunState>>): void {
  const lab = useLab.getState();
  for (const plan of lab.plans)
    for (const labRun of plan.runs) {
      const run = runs[labRun.runId];
      if (labRun.done || !run || run.status === 'queued' || run.status === 'running') continue;
      lab.update(plan.key, (p) => ({
        ...p,
        runs: p.runs.map((r) => (r.runId === labRun.runId ? { ...r, done: true } : r)),
      }));
      if (run.status !== 'succeeded') {
        lab.notify(
          'error',
          `The ${labRun.kind} ${run.status}${run.error ? `: ${run.error}` : ''}.`,
        );
        continue;
      }
      const image = savedImageOf(run);
      const n = plan.runs.filter((r) => r.kind === labRun.kind).indexOf(labRun) + 1;
      if (labRun.kind === 'render' && image)
        lab.update(plan.key, (p) => ({
          ...p,
          images: [...p.images, { label: `Render ${n}`, artifactId: image }],
        }));
      const planArtifact = artifactOf(run, 'plan.resample', 'token_plan');
      if (labRun.kind === 'resample' && planArtifact) {
        void openArtifact({
          artifactId: planArtifact,
          runId: run.id,
          nodeId: 'resample',
          name: `${plan.name} · resample ${n}`,
          document: plan.source.document,
          prompt: plan.prompt,
          images: image ? [{ label: 'Resampled', artifactId: image }] : [],
        }).then((key) => {
          if (!key) return;
          const { resample } = labRun;
          if (resample) useLab.getState().update(key, (p) => ({ ...p, resampledFrom: resample }));
          useLab.getState().setCompare(plan.key);
        });
      }
    }
}
