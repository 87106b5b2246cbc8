// The edits the stage's tools make on a plan state, as functions for `useLab.edit`.
import { paintOp, pasteOp } from './edit-ops.ts';
import type { PlanState } from './lab-store.ts';
import { setLocked } from './lock-mask.ts';
import { type Clip, paintCells, pasteClip } from './plan-grid.ts';

/** Paints `cells`; `extend` folds them into the last paint op of the same token (one stroke). */
export function paintEdit(cells: readonly number[], token: number, width: number, extend: boolean) {
  return (s: PlanState): PlanState => {
    const ids = paintCells(s.ids, cells, token);
    if (ids === s.ids) return s;
    const last = s.ops.at(-1);
    const op = paintOp(token, cells, width);
    const ops =
      extend && last?.op === 'paint' && last.id === token && op.op === 'paint'
        ? [...s.ops.slice(0, -1), { ...last, cells: [...last.cells, ...op.cells] }]
        : [...s.ops, op];
    return { ...s, ids, ops };
  };
}

export function lockEdit(cells: readonly number[], locked: boolean) {
  return (s: PlanState): PlanState => {
    const lock = setLocked(s.lock, cells, locked);
    return lock === s.lock ? s : { ...s, lock };
  };
}

export function pasteEdit(clip: Clip, x: number, y: number, width: number, height: number) {
  return (s: PlanState): PlanState => ({
    ...s,
    ids: pasteClip(s.ids, width, height, clip, x, y),
    ops: [...s.ops, pasteOp(clip, x, y)],
  });
}

export const setLockEdit =
  (lock: Uint8Array) =>
  (s: PlanState): PlanState => ({ ...s, lock });
