import { renderPlanPreview } from '@tessera/inference';
import { defineNode } from '../context/define-node.ts';
import { planPreviewSpec } from '../specs/plan-preview.ts';

/** Replaces each token by its codebook patch: the plan as a picture, at canvas size. */
export const planPreviewNode = defineNode(planPreviewSpec, async (ctx) => {
  const plan = ctx.inputs.plan;
  const model = await ctx.models.load();
  const data = renderPlanPreview(plan, model.codebookFor(plan));
  const image = {
    width: plan.width * plan.patchSize,
    height: plan.height * plan.patchSize,
    channels: 3 as const,
    data,
    plan,
  };
  return { outputs: { image } };
});
