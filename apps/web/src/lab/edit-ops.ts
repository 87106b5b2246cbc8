// The edits made to a plan as data: the `ops` param of `plan.edit` (PlanEditOp in
// @tessera/protocol), which replays them on the plan it is given, so a lab session can be saved
// as a workflow. Pure.

export type EditOp =
  | {
      readonly op: 'paint';
      /** [row, column] of each painted cell. */
      readonly cells: readonly (readonly [number, number])[];
      /** The code written. */
      readonly id: number;
    }
  | {
      readonly op: 'paste';
      /** [row0, col0, row1, col1] of the block, inclusive (its size; its codes are `ids`). */
      readonly rect: readonly [number, number, number, number];
      /** Row-major codes of the pasted block. */
      readonly ids: readonly number[];
      /** [row, column] of the block's top-left cell in the plan. */
      readonly at: readonly [number, number];
    };

export function paintOp(id: number, cells: readonly number[], width: number): EditOp {
  return { op: 'paint', cells: cells.map((i) => [Math.floor(i / width), i % width] as const), id };
}

export function pasteOp(
  clip: { width: number; height: number; ids: Uint16Array },
  col: number,
  row: number,
): EditOp {
  return {
    op: 'paste',
    rect: [0, 0, clip.height - 1, clip.width - 1],
    ids: [...clip.ids],
    at: [row, col],
  };
}

/** `ops` as the JSON text `plan.edit` takes. */
export const opsParam = (ops: readonly EditOp[]): string => JSON.stringify(ops);
