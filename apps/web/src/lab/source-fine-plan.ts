// The fine plan the source run rendered from this layout plan: a resample keeps its cells under
// the locked layout cells (plan.expand `keep` + `lock`), so the locked region renders as before.
import { bytesToBase64 } from '@tessera/protocol';
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import { runClient } from '../editor/run/run-client.ts';
import type { LabPlan } from './lab-store.ts';

/** The plan.expand node fed by `nodeId` in `doc`, if any. */
export function expandFedBy(
  doc: {
    nodes: readonly { id: string; type: string }[];
    edges: readonly { from: { node: string }; to: { node: string; port: string } }[];
  },
  nodeId: string,
): string | undefined {
  const expands = new Set(doc.nodes.filter((n) => n.type === 'plan.expand').map((n) => n.id));
  return doc.edges.find(
    (e) => e.from.node === nodeId && e.to.port === 'plan' && expands.has(e.to.node),
  )?.to.node;
}

/** Whether any locked cell differs from the plan as opened (then the old fine plan no longer fits). */
export function lockedCellsEdited(plan: LabPlan): boolean {
  const { ids, lock } = plan.history.present;
  return Array.from(lock).some((locked, i) => locked === 1 && ids[i] !== plan.plan.ids[i]);
}

/** base64 of the source run's fine plan for `plan`, or null when there is none to keep. */
export async function sourceFinePlan(plan: LabPlan): Promise<string | null> {
  const { runId, nodeId, document } = plan.source;
  if (runId === null || nodeId === null || document === null || lockedCellsEdited(plan))
    return null;
  const expandId = expandFedBy(document, nodeId);
  if (expandId === undefined) return null;
  try {
    const run = await runClient().runs.get.query({ id: runId });
    const artifact = run.artifacts.find((a) => a.nodeId === expandId && a.kind === 'token_plan');
    if (!artifact) return null;
    const res = await fetch(artifactUrl(artifact.artifactId));
    return res.ok ? bytesToBase64(new Uint8Array(await res.arrayBuffer())) : null;
  } catch {
    return null; // the resample still works, only without the kept fine cells
  }
}
