/** The record does not exist (or, for workflows, was deleted). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly code = 'NOT_FOUND';

  constructor(
    readonly entity: 'Workflow' | 'WorkflowVersion' | 'Run' | 'RunNode' | 'Artifact' | 'Runner',
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found.`);
  }
}
