// The runs this page knows of, fed by socket events and stored snapshots, and which one the
// canvas shows. Components subscribe with narrow selectors (one node's status, one node's
// plan) so a streamed token re-renders only the node it belongs to.
import type { RunEvent, RunnerSummary } from '@tessera/protocol';
import { create } from 'zustand';
import { type RunSnapshot, applyRunSnapshot } from './run-snapshot.ts';
import {
  type NodeRun,
  type RunShape,
  type RunState,
  isRunEnded,
  newRun,
  reduceRunEvent,
} from './run-state.ts';

export interface RunStore {
  readonly runs: Readonly<Record<string, RunState>>;
  /** Runs queued from this page, newest first. */
  readonly session: readonly string[];
  /** The run whose node states the canvas shows. */
  readonly currentRunId: string | null;
  /** The connected runners; null until the hub has said. */
  readonly runners: readonly RunnerSummary[] | null;
  /** Counts runs queued or ended, for lists of runs to refresh. */
  readonly changes: number;
  /** A run queued from this page: tracked, listed first and shown on the canvas. */
  readonly begin: (runId: string, shape: RunShape) => void;
  readonly apply: (event: RunEvent) => void;
  /** Several events in order, as one change of the store (one render for the lot). */
  readonly applyAll: (events: readonly RunEvent[]) => void;
  readonly applySnapshot: (snapshot: RunSnapshot, shape?: RunShape) => void;
  readonly setCurrent: (runId: string | null) => void;
  readonly setRunners: (runners: readonly RunnerSummary[]) => void;
}

/** The runs and the count of runs ended after `events`. */
function withEvents(
  s: Pick<RunStore, 'runs' | 'changes'>,
  events: readonly RunEvent[],
): Pick<RunStore, 'runs' | 'changes'> {
  let { runs, changes } = s;
  for (const event of events) {
    const before = runs[event.runId];
    const after = reduceRunEvent(before, event);
    if (isRunEnded(after.status) && (before === undefined || !isRunEnded(before.status)))
      changes += 1;
    runs = { ...runs, [event.runId]: after };
  }
  return { runs, changes };
}

export const useRuns = create<RunStore>()((set) => ({
  runs: {},
  session: [],
  currentRunId: null,
  runners: null,
  changes: 0,
  begin: (runId, shape) =>
    set((s) => ({
      runs: { ...s.runs, [runId]: s.runs[runId] ?? newRun(runId, shape, Date.now()) },
      session: [runId, ...s.session.filter((id) => id !== runId)],
      currentRunId: runId,
      changes: s.changes + 1,
    })),
  apply: (event) => set((s) => withEvents(s, [event])),
  applyAll: (events) => set((s) => withEvents(s, events)),
  applySnapshot: (snapshot, shape) =>
    set((s) => {
      const before = s.runs[snapshot.id];
      const after = applyRunSnapshot(before, snapshot, shape);
      const ended =
        isRunEnded(after.status) && (before === undefined || !isRunEnded(before.status));
      return { runs: { ...s.runs, [snapshot.id]: after }, changes: s.changes + (ended ? 1 : 0) };
    }),
  setCurrent: (currentRunId) => set({ currentRunId }),
  setRunners: (runners) => set({ runners }),
}));

/** The current run's record of `nodeId`, or undefined when the current run does not run it. */
export function currentNodeRun(s: RunStore, nodeId: string): NodeRun | undefined {
  return s.currentRunId === null ? undefined : s.runs[s.currentRunId]?.nodes[nodeId];
}
