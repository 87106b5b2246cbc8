// The history's rows, typed from the router.
import type { RunStatus } from '@tessera/protocol';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../server/trpc/app-router.ts';

export type HistoryEntry = inferRouterOutputs<AppRouter>['runs']['history'][number];

/** Every run status, in the order the filter offers them. */
export const runStatusFilters = [
  'succeeded',
  'failed',
  'cancelled',
  'running',
  'queued',
] as const satisfies readonly RunStatus[];
export type RunStatusFilter = (typeof runStatusFilters)[number];

/** The editor opening the run's snapshot as an unsaved document. */
export const editorUrlForRun = (id: string): string => `/?run=${encodeURIComponent(id)}`;

/** Whether any listed run may still change (then the page keeps polling). */
export const anyActive = (entries: readonly HistoryEntry[]): boolean =>
  entries.some((entry) => entry.status === 'queued' || entry.status === 'running');
