import { expandPlan } from '@tessera/inference';
import { defineNode } from '../context/define-node.ts';
import { planExpandSpec } from '../specs/plan-expand.ts';

/** Expands the layout plan in one model run. */
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
  return { outputs: { plan } };
});
