// A workflow's latest outputs, as a share page and the gallery show them: the newest succeeded
// run's stored images and token plans.
import type { Database, RunOutput, WorkflowId } from '@tessera/db';

export interface LatestOutputs {
  readonly runId: string;
  /** The workflow version the run computed (its document may differ from the current one). */
  readonly workflowVersion: number | null;
  readonly finishedAt: Date | null;
  readonly artifacts: readonly RunOutput[];
}

/** The newest succeeded run's outputs; null when the workflow never ran to the end. */
export async function latestOutputs(
  database: Database,
  workflowId: WorkflowId,
): Promise<LatestOutputs | null> {
  const [run] = await database.runs.list({ workflowId, status: 'succeeded', limit: 1 });
  if (!run) return null;
  return {
    runId: run.id,
    workflowVersion: run.workflowVersion,
    finishedAt: run.finishedAt,
    artifacts: await database.runs.outputs(run.id),
  };
}

/** The image that stands for a run: the last one it stored (the end of the pipeline). */
export function coverImage(outputs: LatestOutputs | null): string | null {
  const images = outputs?.artifacts.filter((a) => a.kind === 'image') ?? [];
  return images.at(-1)?.artifactId ?? null;
}
