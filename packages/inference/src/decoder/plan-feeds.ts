import type { DecoderSpec } from './decoder-spec.ts';

/** A plan on one of the decoder's grids (raster order). */
export interface PlanConditioning {
  readonly grid: number;
  readonly ids: Uint16Array;
}

/**
 * The decoder's plan inputs for a batch: one int64 array per grid, [batch, grid, grid]. The plan
 * goes into row 0 on its own grid; every other row and grid holds the grid's null id, so a second
 * row is the plan-dropped (unconditional) branch. `plan: null` drops the plan everywhere.
 */
export function buildPlanFeeds(
  spec: DecoderSpec,
  plan: PlanConditioning | null,
  batch: number,
): Map<number, BigInt64Array> {
  if (plan !== null) checkPlan(spec, plan);
  const feeds = new Map<number, BigInt64Array>();
  for (const { grid, nullId } of spec.grids) {
    const data = new BigInt64Array(batch * grid * grid).fill(BigInt(nullId));
    if (plan?.grid === grid) plan.ids.forEach((id, i) => (data[i] = BigInt(id)));
    feeds.set(grid, data);
  }
  return feeds;
}

function checkPlan(spec: DecoderSpec, plan: PlanConditioning): void {
  const info = spec.grids.find((g) => g.grid === plan.grid);
  if (info === undefined) {
    throw new RangeError(
      `the decoder takes plans on grids ${spec.grids.map((g) => g.grid).join(', ')}, not ${plan.grid}`,
    );
  }
  if (plan.ids.length !== plan.grid * plan.grid) {
    throw new RangeError(
      `a ${plan.grid}×${plan.grid} plan needs ${plan.grid ** 2} ids, got ${plan.ids.length}`,
    );
  }
  const bad = plan.ids.findIndex((id) => id >= info.codes);
  if (bad >= 0)
    throw new RangeError(`plan id ${plan.ids[bad]} at ${bad} is not below ${info.codes}`);
}
