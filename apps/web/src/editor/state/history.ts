// Undo/redo over immutable snapshots: the present state, the states edits replaced (past) and the
// ones undone (future). The one history of the editor's document and of each Plan Lab plan.

export interface History<S> {
  readonly past: readonly S[];
  readonly present: S;
  readonly future: readonly S[];
}

/** Most undo steps kept; the oldest fall off. */
export const HISTORY_LIMIT = 200;

/** A history at `present` with nothing to undo or redo. */
export const startHistory = <S>(present: S): History<S> => ({ past: [], present, future: [] });

/**
 * `history` after an edit to `next`: the present can be undone, nothing can be redone. The same
 * history when `next` is the present itself (a no-op edit records nothing).
 */
export function record<S>(history: History<S>, next: S): History<S> {
  if (next === history.present) return history;
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

/** `history` with `next` as the present and no step of its own (a drag going on, say). */
export const amend = <S>(history: History<S>, next: S): History<S> => ({
  ...history,
  present: next,
});

/** One step back; the same history when there is nothing to undo. */
export function undo<S>(history: History<S>): History<S> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

/** One step forward; the same history when there is nothing to redo. */
export function redo<S>(history: History<S>): History<S> {
  const next = history.future[0];
  if (next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
  };
}
