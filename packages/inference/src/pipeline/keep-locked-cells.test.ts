import type { TokenPlan } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { keepLockedCells } from './keep-locked-cells.ts';

const plan = (side: number, fill: number, hash = 'a'.repeat(64)): TokenPlan => ({
  height: side,
  width: side,
  ids: new Uint16Array(side * side).fill(fill),
  codebook: { modelId: 'm', grid: side, vocabSize: 16, hash },
  patchSize: 4,
});

describe('keepLockedCells', () => {
  it('takes the fine cells under locked layout cells from the kept plan, the rest from the new one', () => {
    const lock = new Uint8Array(4 * 4);
    lock[0] = 1; // layout cell (0, 0) covers fine cells (0..1, 0..1) of an 8×8 plan
    lock[15] = 1; // layout cell (3, 3) covers fine cells (6..7, 6..7)
    const out = keepLockedCells(plan(8, 2), plan(8, 7), lock, 4);
    const at = (r: number, c: number) => out.ids[r * 8 + c];
    expect([at(0, 0), at(1, 1), at(7, 7), at(6, 6)]).toEqual([7, 7, 7, 7]);
    expect([at(0, 2), at(2, 0), at(5, 5)]).toEqual([2, 2, 2]);
    expect(out.ids.filter((id) => id === 7)).toHaveLength(8);
  });

  it('refuses a kept plan of another size or codebook, and a mask of the wrong size', () => {
    const lock = new Uint8Array(16);
    expect(() => keepLockedCells(plan(8, 0), plan(4, 0), lock, 4)).toThrow(/4×4.*8×8/);
    expect(() => keepLockedCells(plan(8, 0), plan(8, 0, 'b'.repeat(64)), lock, 4)).toThrow(
      /another codebook/,
    );
    expect(() => keepLockedCells(plan(8, 0), plan(8, 0), new Uint8Array(3), 4)).toThrow(/3 cells/);
  });
});
