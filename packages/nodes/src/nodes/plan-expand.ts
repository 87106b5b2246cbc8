import { ParamsError } from '@tessera/graph';
import { expandPlan, keepLockedCells } from '@tessera/inference';
import { PlanEditError, decodeLockMask } from '@tessera/protocol';
import { defineNode } from '../context/define-node.ts';
import { planExpandSpec } from '../specs/plan-expand.ts';

function lockMask(lock: string, height: number, width: number): Uint8Array {
  try {
    return decodeLockMask(lock, height, width);
  } catch (error) {
    if (!(error instanceof PlanEditError)) throw error;
    throw new ParamsError(planExpandSpec.type, [`param "lock": ${error.message}`]);
  }
}

/**
 * Expands the layout plan in one model run. With a `keep` plan and a `lock` mask, the fine cells
 * under locked layout cells are taken from `keep` (plan-level inpainting at the fine level).
 */
export const planExpandNode = defineNode(planExpandSpec, async (ctx) => {
  const model = await ctx.models.load();
  ctx.progress(0, 1);
  const plan = await expandPlan(
    model.sessions,
    model.pipeline,
    ctx.inputs.plan,
    ctx.inputs.prompt,
    { grid: ctx.params.grid, seed: ctx.params.seed },
    { signal: ctx.signal },
  );
  ctx.progress(1, 1);
  const { keep } = ctx.inputs;
  if (keep === undefined || ctx.params.lock === '') return { outputs: { plan } };
  const { height, width } = ctx.inputs.plan;
  return {
    outputs: {
      plan: keepLockedCells(plan, keep, lockMask(ctx.params.lock, height, width), width),
    },
  };
});
