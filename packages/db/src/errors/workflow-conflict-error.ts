import type { WorkflowId, WorkflowVersionId } from '../ids.ts';

/**
 * A save was based on a version that is no longer current. Nothing was overwritten; the
 * refused document is kept as a WorkflowVersion of kind 'conflict' (`conflictVersionId`).
 */
export class WorkflowConflictError extends Error {
  override readonly name = 'WorkflowConflictError';
  readonly code = 'WORKFLOW_CONFLICT';

  constructor(
    readonly workflowId: WorkflowId,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    readonly conflictVersionId: WorkflowVersionId,
  ) {
    super(
      `This workflow was changed elsewhere: you edited version ${expectedVersion}, but it is now at version ${currentVersion}. ` +
        'Your changes were not lost: they are kept as a separate copy in the version history. ' +
        'Reload the latest version and apply your changes again.',
    );
  }
}
