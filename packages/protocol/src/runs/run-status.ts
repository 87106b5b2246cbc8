// A run's status: one vocabulary for the engine's results, the stored runs, the hub and the
// browser.
import { z } from 'zod';

/** A run is queued, then running, then ends in one of the finished statuses. */
export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export const zRunStatus = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof zRunStatus>;

/** How a run ended: it never changes again. */
export const FINISHED_RUN_STATUSES = [
  'succeeded',
  'failed',
  'cancelled',
] as const satisfies readonly RunStatus[];
export type FinishedRunStatus = (typeof FINISHED_RUN_STATUSES)[number];

const FINISHED: ReadonlySet<RunStatus> = new Set(FINISHED_RUN_STATUSES);

/** Whether a run with `status` has ended. */
export const isFinishedRunStatus = (status: RunStatus): status is FinishedRunStatus =>
  FINISHED.has(status);
