// The history of runs as a gallery shows it: each run with its workflow's name, how long it took,
// its snapshot document (the params it ran with), its outputs and the ones worth a thumbnail.
import type { RunStatus } from '@tessera/protocol';
import type { DbClient } from '../client/db-client.ts';
import type { ArtifactId } from '../ids.ts';
import type { ListRunsOptions } from './run-repository.ts';
import { toRunRecord, type RunRecord } from './run-records.ts';
import {
  listRunOutputs,
  planPreviewOf,
  renderedPlanOf,
  savedImageOf,
  type RunOutput,
} from './run-outputs.ts';

export interface RunHistoryEntry extends RunRecord {
  /** The workflow's current name; null for a run of an unsaved document. */
  readonly workflowName: string | null;
  /** The workflow is in the trash. */
  readonly workflowDeleted: boolean;
  /** From start to finish (to now while running); null before it started. */
  readonly durationMs: number | null;
  readonly outputs: readonly RunOutput[];
  readonly savedImageId: ArtifactId | null;
  /** The plan the decoder rendered (download it from /api/artifacts/<id>?download=1). */
  readonly planId: ArtifactId | null;
  /** The mosaic of a plan.preview node, if the run drew one. */
  readonly planPreviewId: ArtifactId | null;
}

export function runDurationMs(
  run: Pick<RunRecord, 'startedAt' | 'finishedAt'>,
  now: Date = new Date(),
): number | null {
  if (run.startedAt === null) return null;
  return Math.max(0, (run.finishedAt ?? now).getTime() - run.startedAt.getTime());
}

/** Newest first. */
export async function listRunHistory(
  db: DbClient,
  options: ListRunsOptions = {},
): Promise<RunHistoryEntry[]> {
  const statuses =
    options.status === undefined ? undefined : ([] as RunStatus[]).concat(options.status);
  const rows = await db.run.findMany({
    where: {
      ...(options.workflowId ? { workflowId: options.workflowId } : {}),
      ...(options.ownerId ? { ownerId: options.ownerId } : {}),
      ...(statuses ? { status: { in: statuses } } : {}),
    },
    orderBy: [{ queuedAt: 'desc' }, { id: 'asc' }],
    ...(options.limit ? { take: options.limit } : {}),
    include: { workflow: { select: { name: true, deletedAt: true } } },
  });
  const now = new Date();
  return Promise.all(
    rows.map(async ({ workflow, ...row }): Promise<RunHistoryEntry> => {
      const run = toRunRecord(row);
      const outputs = await listRunOutputs(db, run.id, run.document);
      return {
        ...run,
        workflowName: workflow?.name ?? null,
        workflowDeleted: workflow?.deletedAt != null,
        durationMs: runDurationMs(run, now),
        outputs,
        savedImageId: savedImageOf(run.document, outputs)?.artifactId ?? null,
        planId: renderedPlanOf(run.document, outputs)?.artifactId ?? null,
        planPreviewId: planPreviewOf(outputs)?.artifactId ?? null,
      };
    }),
  );
}
