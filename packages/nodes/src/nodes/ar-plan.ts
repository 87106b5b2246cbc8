import { planLayout } from '@tessera/inference';
import { defineNode } from '../context/define-node.ts';
import { planSampling, streamPlanTokens } from './plan-sampling.ts';
import { arPlanSpec } from '../specs/ar-plan.ts';

/** Samples the layout plan token by token: each token is a partial output and a progress step. */
export const arPlanNode = defineNode(arPlanSpec, async (ctx) => {
  const { params } = ctx;
  const model = await ctx.models.load();
  const side = params.grid;
  const { plan } = await planLayout(
    model.sessions,
    model.pipeline,
    ctx.inputs.prompt,
    planSampling(params, side),
    streamPlanTokens(ctx, side),
  );
  return { outputs: { plan } };
});
