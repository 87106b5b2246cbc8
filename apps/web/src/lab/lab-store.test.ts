import type { TokenPlan } from '@tessera/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type PlanState, activePlan, useLab } from './lab-store.ts';

const lab = useLab.getState;

const plan: TokenPlan = {
  height: 2,
  width: 2,
  ids: Uint16Array.from([1, 2, 3, 4]),
  codebook: { modelId: 'm', grid: 2, vocabSize: 16, hash: 'a'.repeat(64) },
  patchSize: 16,
};

const source = { runId: null, nodeId: null, artifactId: null, document: null };

/** An edit painting `cell` with `token`. */
const paint =
  (cell: number, token: number) =>
  (state: PlanState): PlanState => {
    const ids = state.ids.slice();
    ids[cell] = token;
    return { ...state, ids };
  };

const idsNow = (): number[] => [...(activePlan(lab())?.history.present.ids ?? [])];

describe("the Plan Lab's undo", () => {
  beforeEach(() => {
    for (const open of lab().plans) lab().close(open.key);
    lab().add({ name: 'p', plan, source, prompt: '', images: [] });
  });

  it('undoes and redoes each edit of the active plan in order', () => {
    lab().edit(paint(0, 9));
    lab().edit(paint(1, 8));
    expect(idsNow()).toEqual([9, 8, 3, 4]);
    lab().undo();
    expect(idsNow()).toEqual([9, 2, 3, 4]);
    lab().undo();
    lab().undo();
    expect(idsNow()).toEqual([1, 2, 3, 4]);
    lab().redo();
    lab().redo();
    lab().redo();
    expect(idsNow()).toEqual([9, 8, 3, 4]);
  });

  it('folds a merged edit (a stroke going on) into the last step, and records no-op edits not at all', () => {
    lab().edit(paint(0, 9));
    lab().edit(paint(1, 9), true);
    lab().edit((state) => state);
    expect(idsNow()).toEqual([9, 9, 3, 4]);
    lab().undo();
    expect(idsNow()).toEqual([1, 2, 3, 4]);
  });
});
