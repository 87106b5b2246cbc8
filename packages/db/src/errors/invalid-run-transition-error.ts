import type { RunId } from '../ids.ts';

/** A run status change that the run's current status does not allow (e.g. finished → running). */
export class InvalidRunTransitionError extends Error {
  override readonly name = 'InvalidRunTransitionError';
  readonly code = 'INVALID_RUN_TRANSITION';

  constructor(
    readonly runId: RunId,
    readonly from: string,
    readonly to: string,
  ) {
    super(`Run ${runId} cannot go from "${from}" to "${to}".`);
  }
}
