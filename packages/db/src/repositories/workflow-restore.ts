// Restoring an old version: a normal save whose document is that version's, so it becomes the
// new head and history is never rewritten.
import { NotFoundError } from '../errors/not-found-error.ts';
import type { UserId, WorkflowId } from '../ids.ts';
import type { WorkflowRecord } from './workflow-records.ts';
import type { WorkflowRepository } from './workflow-repository.ts';

export interface RestoreVersionInput {
  readonly id: WorkflowId;
  /** The version whose document comes back. */
  readonly version: number;
  /** The version the caller has open; a stale one is refused like any save (conflict). */
  readonly expectedVersion: number;
  readonly authorId?: UserId | null;
}

/**
 * Saves version `version`'s document over `expectedVersion`; the workflow keeps its current
 * name (a rename is not part of its history). Throws NotFoundError for an unknown version and
 * WorkflowConflictError when `expectedVersion` is stale.
 */
export async function restoreVersion(
  workflows: WorkflowRepository,
  input: RestoreVersionInput,
): Promise<WorkflowRecord> {
  const old = await workflows.getVersion(input.id, input.version);
  if (!old) throw new NotFoundError('WorkflowVersion', `${input.id}@${input.version}`);
  return workflows.save({
    id: input.id,
    expectedVersion: input.expectedVersion,
    document: old.document,
    authorId: input.authorId ?? null,
  });
}
