import type { TokenPlan } from '@tessera/protocol';
import type { TokenPlanValue } from '../context/port-values.ts';

/** The plan without the planner's alternatives: what an image records as its source. */
export function plainPlan(value: TokenPlanValue): TokenPlan {
  const { alternatives: _alternatives, ...plan } = value;
  return plan;
}
