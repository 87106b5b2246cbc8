// Undo/redo over immutable snapshots: each edit pushes the state it replaced.

export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

/** Most steps kept; the oldest fall off. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/** Records that `previous` was replaced by an edit: it can be undone, nothing can be redone. */
export function record<T>(history: History<T>, previous: T): History<T> {
  const past = [...history.past, previous];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
}

/** Steps back from `current`; undefined when there is nothing to undo. */
export function undo<T>(
  history: History<T>,
  current: T,
): { history: History<T>; state: T } | undefined {
  const state = history.past.at(-1);
  if (state === undefined) return undefined;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future] },
  };
}

/** Steps forward from `current`; undefined when there is nothing to redo. */
export function redo<T>(
  history: History<T>,
  current: T,
): { history: History<T>; state: T } | undefined {
  const state = history.future[0];
  if (state === undefined) return undefined;
  return {
    state,
    history: { past: [...history.past, current], future: history.future.slice(1) },
  };
}
