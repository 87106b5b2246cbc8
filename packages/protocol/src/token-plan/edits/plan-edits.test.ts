import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../testing/token-plan-arbitrary.ts';
import { exampleV2Plan } from '../alternatives-arbitrary.ts';
import { encodeTokenPlan } from '../encode-token-plan.ts';
import { applyPlanEdits } from './apply-plan-edits.ts';
import { parsePlanEditOps } from './plan-edit-ops.ts';

// examplePlan(): 2 rows × 3 columns, ids [0 1 2 / 509 510 511], K = 512.
const edit = (ops: unknown[], plan = examplePlan()) =>
  Array.from(applyPlanEdits(plan, parsePlanEditOps(JSON.stringify(ops))).ids);

describe('plan edits', () => {
  it('paint cells or an inclusive rect', () => {
    expect(
      edit([
        {
          op: 'paint',
          cells: [
            [0, 0],
            [1, 2],
          ],
          id: 7,
        },
      ]),
    ).toEqual([7, 1, 2, 509, 510, 7]);
    expect(edit([{ op: 'paint', rect: [0, 1, 1, 2], id: 9 }])).toEqual([0, 9, 9, 509, 9, 9]);
  });

  it('paste given codes, or a block copied from the plan as it was before the op', () => {
    expect(edit([{ op: 'paste', rect: [0, 0, 0, 1], ids: [40, 41], at: [1, 1] }])).toEqual([
      0, 1, 2, 509, 40, 41,
    ]);
    const ops = [
      { op: 'paint', cells: [[0, 0]], id: 3 },
      { op: 'paste', rect: [0, 0, 1, 0], at: [0, 2] },
    ];
    expect(edit(ops)).toEqual([3, 1, 3, 509, 510, 509]);
  });

  it('sets edited cells’ probability to 1 and keeps alternatives; the input is untouched', () => {
    const plan = exampleV2Plan();
    const edited = applyPlanEdits(
      plan,
      parsePlanEditOps('[{"op":"paint","cells":[[0,1]],"id":4}]'),
    );
    expect(Array.from(edited.probabilities ?? [])).toEqual([0.5, 1, 1, 0.125, 0.75, 0.5]);
    expect(edited.alternatives).toBe(plan.alternatives);
    expect(plan.ids[1]).toBe(1);
    expect(() => encodeTokenPlan(edited)).not.toThrow();
  });

  it('name the bad op by index and say what is wrong with it', () => {
    const bad: [unknown, RegExp][] = [
      ['{}', /must be a JSON list/],
      ['[{"op":"paint"', /not JSON/],
      [
        [{ op: 'paint', id: 1, cells: [[0, 0]] }, { op: 'smear' }],
        /^op 1: "op" must be "paint" or "paste", got "smear"/,
      ],
      [[{ op: 'paint', id: 1 }], /^op 0 \(paint\): .*either "cells" or "rect"/],
      [[{ op: 'paint', id: 1, rect: [1, 0, 0, 0] }], /^op 0 \(paint\): rect: .*row0 ≤ row1/],
      [[{ op: 'paint', id: -1, cells: [[0, 0]] }], /^op 0 \(paint\): id: /],
      [
        [{ op: 'paste', rect: [0, 0, 0, 1], ids: [1], at: [0, 0] }],
        /^op 0 \(paste\): ids: .*one code per cell/,
      ],
      [[{ op: 'paint', id: 1, cells: [[0, 0]], colour: 'red' }], /^op 0 \(paint\): .*colour/],
    ];
    for (const [ops, message] of bad) {
      const text = typeof ops === 'string' ? ops : JSON.stringify(ops);
      expect(() => parsePlanEditOps(text), text).toThrow(message);
    }
  });

  it('refuse ops that do not fit the plan, naming the op', () => {
    expect(() =>
      edit([
        { op: 'paint', id: 1, cells: [[0, 0]] },
        { op: 'paint', id: 1, cells: [[2, 0]] },
      ]),
    ).toThrow(/^op 1 \(paint\): cell \[2, 0\] is outside the 2×3 plan/);
    expect(() => edit([{ op: 'paint', id: 512, rect: [0, 0, 0, 0] }])).toThrow(
      /op 0 \(paint\): code 512 is not below the vocabulary size 512/,
    );
    expect(() => edit([{ op: 'paste', rect: [0, 0, 1, 1], at: [0, 2] }])).toThrow(
      /op 0 \(paste\): a 2×2 block at \[0, 2\] ends at \[1, 3\] is outside/,
    );
  });
});
