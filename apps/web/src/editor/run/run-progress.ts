// How far along a run and its nodes are, as fractions for progress bars.
import type { NodeRun, RunState } from './run-state.ts';

/** 0..1 for a node: its step count while running, 1 once it produced its outputs. */
export function nodeFraction(node: NodeRun): number {
  if (node.status === 'done' || node.status === 'cached') return 1;
  if (node.status !== 'running') return 0;
  if (node.total === null || node.total <= 0 || node.step === null) return 0;
  return Math.min(1, Math.max(0, node.step / node.total));
}

/** 0..1 for a run: finished and cached nodes over the nodes it runs, plus the running fraction. */
export function runFraction(run: RunState): number {
  if (run.status === 'succeeded') return 1;
  const ids = run.order.length > 0 ? run.order : Object.keys(run.nodes);
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const id of ids) {
    const node = run.nodes[id];
    if (node) sum += nodeFraction(node);
  }
  return sum / ids.length;
}

/** Milliseconds from `start` to `end` (or `now` while open); null before it started. */
export function elapsed(start: number | null, end: number | null, now: number): number | null {
  if (start === null) return null;
  return Math.max(0, (end ?? now) - start);
}

/** A time that is still running, as it ticks once a second: "0 s", "42 s", "1 min 05 s". */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** "812 B", "41 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
