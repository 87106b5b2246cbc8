import { z } from 'zod';
import { lazySchema } from '@tessera/graph';
import { PlanEditError } from './plan-edit-error.ts';

const MAX_LIST = 65_536;
const zIndex = lazySchema(() => z.int().min(0).max(0xffff));
/** `[row, column]`, 0-based. */
const zCell = lazySchema(() => z.tuple([zIndex, zIndex]));
/** `[row0, col0, row1, col1]`, both corners inclusive, row0 ≤ row1 and col0 ≤ col1. */
const zRect = lazySchema(() =>
  z.tuple([zIndex, zIndex, zIndex, zIndex]).refine(([r0, c0, r1, c1]) => r0 <= r1 && c0 <= c1, {
    message: 'a rect is [row0, col0, row1, col1] with row0 ≤ row1 and col0 ≤ col1',
  }),
);

/** Paint cells (a list, or an inclusive rect) with one code. */
export const zPaintOp = lazySchema(() =>
  z
    .strictObject({
      op: z.literal('paint'),
      cells: z.array(zCell).min(1).max(MAX_LIST).optional(),
      rect: zRect.optional(),
      id: z.int().min(0).max(0xffff),
    })
    .refine((op) => (op.cells === undefined) !== (op.rect === undefined), {
      message: 'paint takes either "cells" or "rect", not both and not neither',
    }),
);

/**
 * Paste a block with its top-left cell at `at`. The block is `rect`'s size; its codes are `ids`
 * (row-major), or when `ids` is left out, the cells of `rect` in the plan as it is before this op.
 */
export const zPasteOp = lazySchema(() =>
  z
    .strictObject({
      op: z.literal('paste'),
      rect: zRect,
      ids: z.array(z.int().min(0).max(0xffff)).min(1).max(MAX_LIST).optional(),
      at: zCell,
    })
    .refine(
      (op) => {
        const [r0, c0, r1, c1] = op.rect;
        return op.ids === undefined || op.ids.length === (r1 - r0 + 1) * (c1 - c0 + 1);
      },
      { message: 'paste "ids" must hold one code per cell of "rect", row-major', path: ['ids'] },
    ),
);

export const zPlanEditOp = lazySchema(() => z.union([zPaintOp, zPasteOp]));
export const zPlanEditOps = lazySchema(() => z.array(zPlanEditOp).max(10_000));
export type PaintOp = z.infer<typeof zPaintOp>;
export type PasteOp = z.infer<typeof zPasteOp>;
export type PlanEditOp = z.infer<typeof zPlanEditOp>;

/**
 * Reads the `ops` param of `plan.edit`: a JSON list of ops. Throws `PlanEditError` naming the
 * first bad op by its index (0 = the first), e.g. `op 2 (paint): rect: …`.
 */
export function parsePlanEditOps(text: string): PlanEditOp[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PlanEditError(`ops is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(json)) throw new PlanEditError('ops must be a JSON list of operations');
  for (const [index, raw] of json.entries()) {
    const result = zPlanEditOp.safeParse(raw);
    if (!result.success)
      throw new PlanEditError(`op ${index}${kindOf(raw)}: ${explain(raw, result.error)}`);
  }
  const all = zPlanEditOps.safeParse(json);
  if (!all.success) throw new PlanEditError(`ops: ${all.error.issues[0]?.message ?? 'invalid'}`);
  return all.data;
}

function kindOf(raw: unknown): string {
  const op = typeof raw === 'object' && raw !== null ? (raw as { op?: unknown }).op : undefined;
  return op === 'paint' || op === 'paste' ? ` (${op})` : '';
}

function explain(raw: unknown, error: z.ZodError): string {
  const op = typeof raw === 'object' && raw !== null ? (raw as { op?: unknown }).op : undefined;
  if (op !== 'paint' && op !== 'paste') {
    return `"op" must be "paint" or "paste", got ${JSON.stringify(op) ?? 'nothing'}`;
  }
  // Report the issue of the matching branch of the union.
  const schema = op === 'paint' ? zPaintOp : zPasteOp;
  const branch = schema.safeParse(raw);
  const issue = (branch.success ? undefined : branch.error.issues[0]) ?? error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
