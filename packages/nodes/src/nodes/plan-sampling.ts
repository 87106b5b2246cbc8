// How the planner nodes (ar.plan, plan.resample) call the planner: options from their params,
// and hooks that stream each token.
import type { LayoutHooks, PlanLayoutOptions } from '@tessera/inference';
import type { NodeContext } from '../context/node-context.ts';

/**
 * Planner hooks for a node that samples a `side`×`side` layout plan: cancellation from the node's
 * signal, and each token sent as a plan-token partial output and a progress step (`ar.plan`,
 * `plan.resample`).
 */
export function streamPlanTokens(
  ctx: Pick<NodeContext, 'signal' | 'partial' | 'progress'>,
  side: number,
): LayoutHooks {
  const total = side * side;
  return {
    signal: ctx.signal,
    onToken: (index, id, probability) => {
      ctx.partial({ kind: 'plan-token', index, id, probability, width: side, height: side });
      ctx.progress(index + 1, total);
    },
  };
}

/** The planner options of a node's sampling params (seed, temperature, top-p, top-k) on a grid. */
export function planSampling(
  params: { seed: number; temperature: number; topP: number; topK: number },
  grid: number,
): PlanLayoutOptions {
  const { seed, temperature, topP, topK } = params;
  return { seed, temperature, topP, topK, grid };
}
