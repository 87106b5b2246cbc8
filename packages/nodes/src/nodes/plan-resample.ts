import { ParamsError } from '@tessera/graph';
import { checkPlanForModel, planLayout } from '@tessera/inference';
import { PlanEditError, decodeLockMask } from '@tessera/protocol';
import { defineNode } from '../context/define-node.ts';
import { planSampling, streamPlanTokens } from './plan-sampling.ts';
import { planResampleSpec } from '../specs/plan-resample.ts';

function lockMask(lock: string, height: number, width: number): Uint8Array {
  try {
    return decodeLockMask(lock, height, width);
  } catch (error) {
    if (!(error instanceof PlanEditError)) throw error;
    throw new ParamsError(planResampleSpec.type, [`param "lock": ${error.message}`]);
  }
}

/**
 * Plan-level inpainting: runs the planner again over the input layout plan, forcing the locked
 * cells to their codes and drawing the others (each token a partial output and a progress step,
 * as in `ar.plan`). A locked cell draws no random number, so seed + lock + plan fix the result.
 */
export const planResampleNode = defineNode(planResampleSpec, async (ctx) => {
  const { params } = ctx;
  const source = ctx.inputs.plan;
  const model = await ctx.models.load();
  const { constants } = model.pipeline;
  checkPlanForModel(source, constants, [constants.planner.grid], 'plan.resample');
  const mask = lockMask(params.lock, source.height, source.width);
  const side = source.width;
  const { plan } = await planLayout(
    model.sessions,
    model.pipeline,
    ctx.inputs.prompt,
    { ...planSampling(params, side), forced: { mask, ids: source.ids } },
    streamPlanTokens(ctx, side),
  );
  return { outputs: { plan } };
});
