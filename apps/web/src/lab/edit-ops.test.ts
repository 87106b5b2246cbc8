import { type TokenPlan, applyPlanEdits, parsePlanEditOps } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { opsParam, paintOp, pasteOp } from './edit-ops.ts';
import { copyRect, paintCells, pasteClip } from './plan-grid.ts';

describe('edit ops', () => {
  it('records paints and pastes as plan.edit ops that replay to the same grid', () => {
    const base = Uint16Array.from({ length: 16 }, (_, i) => i);
    let ids = paintCells(base, [0, 5], 9);
    const ops = [paintOp(9, [0, 5], 4)];
    const clip = copyRect(ids, 4, { x: 0, y: 0, width: 2, height: 2 });
    ids = pasteClip(ids, 4, 4, clip, 2, 2);
    ops.push(pasteOp(clip, 2, 2));
    const text = opsParam(ops);
    expect(JSON.parse(text)).toEqual([
      {
        op: 'paint',
        cells: [
          [0, 0],
          [1, 1],
        ],
        id: 9,
      },
      { op: 'paste', rect: [0, 0, 1, 1], ids: [9, 1, 4, 9], at: [2, 2] },
    ]);
    const plan: TokenPlan = {
      height: 4,
      width: 4,
      ids: base,
      codebook: { modelId: 'm', grid: 4, vocabSize: 16, hash: 'a'.repeat(64) },
      patchSize: 16,
    };
    const replayed = applyPlanEdits(plan, parsePlanEditOps(text));
    expect([...replayed.ids]).toEqual([...ids]);
  });
});
