import { planLayout } from '@tessera/inference';
import { defineNode } from '../context/define-node.ts';
import { arPlanSpec } from '../specs/ar-plan.ts';

/** Samples the layout plan token by token: each token is a partial output and a progress step. */
export const arPlanNode = defineNode(arPlanSpec, async (ctx) => {
  const { params } = ctx;
  const model = await ctx.models.load();
  const side = params.grid;
  const total = side * side;
  const { plan } = await planLayout(
    model.sessions,
    model.pipeline,
    ctx.inputs.prompt,
    {
      seed: params.seed,
      temperature: params.temperature,
      topP: params.topP,
      topK: params.topK,
      grid: side,
    },
    {
      signal: ctx.signal,
      onToken: (index, id, probability) => {
        ctx.partial({ kind: 'plan-token', index, id, probability, width: side, height: side });
        ctx.progress(index + 1, total);
      },
    },
  );
  return { outputs: { plan } };
});
