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
  readonly applySnapshot: (snapshot: RunSnapshot, shape?: RunShape) => void;
  readonly setCurrent: (runId: string | null) => void;
  readonly setRunners: (runners: readonly RunnerSummary[]) => void;
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
  apply: (event) =>
    set((s) => {
      const before = s.runs[event.runId];
      const after = reduceRunEvent(before, event);
      const ended =
        isRunEnded(after.status) && (before === undefined || !isRunEnded(before.status));
      return { runs: { ...s.runs, [event.runId]: after }, changes: s.changes + (ended ? 1 : 0) };
    }),
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
