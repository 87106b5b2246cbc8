import type { TokenPlan } from '../token-plan.ts';
import { PlanEditError } from './plan-edit-error.ts';
import type { PlanEditOp } from './plan-edit-ops.ts';

/**
 * Applies `ops` in order to a copy of `plan` (`plan` is not changed). Every op is checked against
 * the plan: cells inside it, codes below its vocabulary size; a bad op throws `PlanEditError`
 * naming its index. Cells an op writes get probability 1 when the plan has probabilities (a code
 * placed by hand is certain); their alternatives, when the plan has them, are kept: they are still
 * what the planner weighed at that position.
 */
export function applyPlanEdits(plan: TokenPlan, ops: readonly PlanEditOp[]): TokenPlan {
  const ids = plan.ids.slice();
  const probabilities = plan.probabilities?.slice();
  const { height, width } = plan;
  const { vocabSize } = plan.codebook;

  for (const [index, op] of ops.entries()) {
    const fail = (message: string): never => {
      throw new PlanEditError(`op ${index} (${op.op}): ${message}`);
    };
    const inside = (r: number, c: number, what: string): void => {
      if (r >= height || c >= width) {
        fail(`${what} [${r}, ${c}] is outside the ${height}×${width} plan`);
      }
    };
    const code = (id: number): number =>
      id < vocabSize ? id : fail(`code ${id} is not below the vocabulary size ${vocabSize}`);
    const write = (r: number, c: number, id: number): void => {
      ids[r * width + c] = id;
      if (probabilities) probabilities[r * width + c] = 1;
    };

    if (op.op === 'paint') {
      const id = code(op.id);
      if (op.rect) {
        const [r0, c0, r1, c1] = op.rect;
        inside(r1, c1, 'rect corner');
        for (let r = r0; r <= r1; r += 1) for (let c = c0; c <= c1; c += 1) write(r, c, id);
      }
      for (const [r, c] of op.cells ?? []) inside(r, c, 'cell');
      for (const [r, c] of op.cells ?? []) write(r, c, id);
      continue;
    }

    const [r0, c0, r1, c1] = op.rect;
    const rows = r1 - r0 + 1;
    const cols = c1 - c0 + 1;
    const [atRow, atCol] = op.at;
    inside(
      atRow + rows - 1,
      atCol + cols - 1,
      `a ${rows}×${cols} block at [${atRow}, ${atCol}] ends at`,
    );
    let block: number[];
    if (op.ids) {
      block = op.ids.map(code);
    } else {
      inside(r1, c1, 'rect corner');
      block = [];
      for (let r = r0; r <= r1; r += 1) {
        for (let c = c0; c <= c1; c += 1) block.push(ids[r * width + c] ?? 0);
      }
    }
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) write(atRow + r, atCol + c, block[r * cols + c] ?? 0);
    }
  }

  return {
    ...plan,
    ids,
    ...(probabilities ? { probabilities } : {}),
  };
}
