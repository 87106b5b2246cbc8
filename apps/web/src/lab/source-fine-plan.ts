// The fine plan the source run rendered from this layout plan: a resample keeps its cells under
// the locked layout cells (plan.expand `keep` + `lock`), so the locked region renders as before.
// And the plan shown aligned beside an open plan: a layout plan's fine plan (from its latest
// render in the lab, else from its source run), or a fine plan's layout plan (from its run).
import { type TokenPlan, bytesToBase64, decodeTokenPlan } from '@tessera/protocol';
import { messageOf, runClient } from '../editor/run/run-client.ts';
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import { asLabDocument } from './lab-documents.ts';
import type { LabPlan } from './lab-store.ts';
import { gridsNest } from './plan-alignment.ts';

interface DocShape {
  readonly nodes: readonly { id: string; type: string }[];
  readonly edges: readonly { from: { node: string }; to: { node: string; port: string } }[];
}

/** The plan.expand node fed by `nodeId` in `doc`, if any. */
export function expandFedBy(doc: DocShape, nodeId: string): string | undefined {
  const expands = new Set(doc.nodes.filter((n) => n.type === 'plan.expand').map((n) => n.id));
  return doc.edges.find(
    (e) => e.from.node === nodeId && e.to.port === 'plan' && expands.has(e.to.node),
  )?.to.node;
}

/** The node whose plan `nodeId` (a plan.expand) expanded: the one feeding its `plan` input. */
export function layoutFeeding(doc: DocShape, nodeId: string): string | undefined {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (node?.type !== 'plan.expand') return undefined;
  return doc.edges.find((e) => e.to.node === nodeId && e.to.port === 'plan')?.from.node;
}

/** Whether any locked cell differs from the plan as opened (then the old fine plan no longer fits). */
export function lockedCellsEdited(plan: LabPlan): boolean {
  const { ids, lock } = plan.history.present;
  return Array.from(lock).some((locked, i) => locked === 1 && ids[i] !== plan.plan.ids[i]);
}

interface StoredRun {
  readonly document: unknown;
  readonly artifacts: readonly { nodeId: string; kind: string; artifactId: string }[];
}

const getRun = (id: string): Promise<StoredRun> => runClient().runs.get.query({ id });

async function artifactBytes(artifactId: string): Promise<Uint8Array | null> {
  const res = await fetch(artifactUrl(artifactId));
  return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
}

const planArtifactOf = (run: StoredRun, nodeId: string | undefined): string | undefined =>
  nodeId === undefined
    ? undefined
    : run.artifacts.find((a) => a.nodeId === nodeId && a.kind === 'token_plan')?.artifactId;

/** base64 of the source run's fine plan for `plan`, or null when there is none to keep. */
export async function sourceFinePlan(plan: LabPlan): Promise<string | null> {
  const { runId, nodeId, document } = plan.source;
  if (runId === null || nodeId === null || document === null || lockedCellsEdited(plan))
    return null;
  const expandId = expandFedBy(document, nodeId);
  if (expandId === undefined) return null;
  try {
    const artifact = planArtifactOf(await getRun(runId), expandId);
    const bytes = artifact ? await artifactBytes(artifact) : null;
    return bytes ? bytesToBase64(bytes) : null;
  } catch {
    return null; // the resample still works, only without the kept fine cells
  }
}

/** The plan aligned with an open one, or why there is none. */
export type PlanPair =
  | {
      readonly status: 'found';
      /** What the aligned plan is to the open one. */
      readonly role: 'fine' | 'layout';
      readonly plan: TokenPlan;
      /** Where it comes from, for the caption ("its run", "Render 2"). */
      readonly origin: string;
      /** Whether it belongs to the plan as opened (edits since are not in it). */
      readonly ofOpened: boolean;
    }
  | { readonly status: 'missing'; readonly role: 'fine' | 'layout'; readonly reason: string };

/** What the aligned plan of `plan` would be: a 16×16 layout plan has a fine plan, others a layout. */
export const pairRoleOf = (plan: LabPlan): 'fine' | 'layout' =>
  plan.plan.width <= 16 ? 'fine' : 'layout';

export const NOT_EXPANDED =
  'This plan has not been expanded yet. Render it to get a fine plan (32×32 or 64×64).';
export const LAYOUT_UNKNOWN =
  'The layout plan of this fine plan is not known: open the fine plan from a run whose plan.expand was fed by a planner, or open the layout plan itself.';

/** The lab renders whose fine plan can stand beside `plan`, newest first. */
export const renderRunsOf = (plan: LabPlan): string[] =>
  plan.runs
    .filter((r) => r.kind === 'render' && r.done)
    .map((r) => r.runId)
    .reverse();

/** The key a pair was looked up with; a new one (a render finished) means looking again. */
export const pairLookupOf = (plan: LabPlan): string =>
  [plan.source.runId ?? '', plan.source.nodeId ?? '', ...renderRunsOf(plan)].join('|');

async function decodeFound(
  plan: LabPlan,
  role: 'fine' | 'layout',
  artifactId: string,
  origin: string,
  ofOpened: boolean,
): Promise<PlanPair | null> {
  const bytes = await artifactBytes(artifactId);
  if (!bytes) return null;
  const pair = decodeTokenPlan(bytes);
  if (!gridsNest(plan.plan, pair))
    return {
      status: 'missing',
      role,
      reason: `The ${role} plan (${pair.width}×${pair.height}) does not line up with this ${plan.plan.width}×${plan.plan.height} plan.`,
    };
  return { status: 'found', role, plan: pair, origin, ofOpened };
}

/** Looks up the plan to show aligned beside `plan` (see PlanPair). */
export async function findPairedPlan(plan: LabPlan): Promise<PlanPair> {
  const role = pairRoleOf(plan);
  const missing = (reason: string): PlanPair => ({ status: 'missing', role, reason });
  try {
    if (role === 'fine') {
      const renders = renderRunsOf(plan);
      for (const [i, runId] of renders.entries()) {
        const run = await getRun(runId);
        const doc = asLabDocument(run.document);
        const expand = doc?.nodes.find((n) => n.type === 'plan.expand')?.id;
        const artifact = planArtifactOf(run, expand);
        const found =
          artifact &&
          (await decodeFound(plan, role, artifact, `Render ${renders.length - i}`, false));
        if (found) return found;
      }
    }
    const { runId, nodeId } = plan.source;
    if (runId === null || nodeId === null)
      return missing(role === 'fine' ? NOT_EXPANDED : LAYOUT_UNKNOWN);
    const run = await getRun(runId);
    const doc = asLabDocument(run.document) ?? plan.source.document;
    const node = doc
      ? role === 'fine'
        ? expandFedBy(doc, nodeId)
        : layoutFeeding(doc, nodeId)
      : undefined;
    const artifact = planArtifactOf(run, node);
    const found = artifact && (await decodeFound(plan, role, artifact, 'its run', true));
    return found || missing(role === 'fine' ? NOT_EXPANDED : LAYOUT_UNKNOWN);
  } catch (error) {
    return missing(`Could not load the ${role} plan: ${messageOf(error)}.`);
  }
}
