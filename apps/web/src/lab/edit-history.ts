// Undo/redo for one plan: every edit pushes the state before it; a new edit drops the redo side.
// Generic over the state (the lab keeps tokens, lock mask and the edit ops together).

export interface History<S> {
  readonly past: readonly S[];
  readonly present: S;
  readonly future: readonly S[];
}

const LIMIT = 200;

export const startHistory = <S>(present: S): History<S> => ({ present, past: [], future: [] });

/** `h` after moving to `next`; unchanged when `next` is the present itself. */
export function record<S>(h: History<S>, next: S): History<S> {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-LIMIT), present: next, future: [] };
}

export function undo<S>(h: History<S>): History<S> {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<S>(h: History<S>): History<S> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}
