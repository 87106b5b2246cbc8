import { ParamsError } from '@tessera/graph';
import { PlanEditError, applyPlanEdits, parsePlanEditOps } from '@tessera/protocol';
import { defineNode } from '../context/define-node.ts';
import { planEditSpec } from '../specs/plan-edit.ts';

/**
 * Applies the `ops` param (paint and paste operations, see `parsePlanEditOps`) to the plan. A bad
 * op, or one that does not fit the plan, fails the node with a `ParamsError` naming its index.
 */
export const planEditNode = defineNode(planEditSpec, (ctx) => {
  try {
    const ops = parsePlanEditOps(ctx.params.ops);
    return Promise.resolve({ outputs: { plan: applyPlanEdits(ctx.inputs.plan, ops) } });
  } catch (error) {
    if (!(error instanceof PlanEditError)) throw error;
    throw new ParamsError(planEditSpec.type, [`param "ops": ${error.message}`]);
  }
});
