// What a finished sweep of a planner param says when every run planned the same thing: the
// planner is sure of itself at these sampling settings, and which knob would change that.
import type { TokenPlan } from '@tessera/protocol';
import { type LabDocument, type SweepParam, nodeOfType } from './lab-documents.ts';

/** Whether every plan is there and all have the same grid and tokens (at least 2 of them). */
export function identicalPlans(
  plans: readonly (Pick<TokenPlan, 'width' | 'height' | 'ids'> | null)[],
): boolean {
  const [first, ...rest] = plans;
  if (!first || rest.length === 0) return false;
  return rest.every(
    (p) =>
      p !== null &&
      p.width === first.width &&
      p.height === first.height &&
      p.ids.length === first.ids.length &&
      p.ids.every((id, i) => id === first.ids[i]),
  );
}

const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' ? value : fallback;

/**
 * Why a sweep of `param` over `values` gave identical plans, and what to try; null for a param
 * that does not reach the planner (the decoder's guidance never changes the plan).
 */
export function identicalPlansNote(
  source: LabDocument | null,
  param: SweepParam,
  values: readonly number[],
): string | null {
  if (param === 'guidance') return null;
  const planner = nodeOfType(source, 'ar.plan')?.params ?? {};
  const topP = numberOr(planner.topP, 0.75);
  const temperature = numberOr(planner.temperature, 0.9);
  const all = `All ${values.length} plans are identical`;
  if (param === 'topP')
    return `${all}: the planner is confident even at top-p ${Math.max(...values)} (temperature ${temperature}): raise the temperature, or sweep it, to see different plans.`;
  if (param === 'temperature')
    return `${all}: the planner is confident at top-p ${topP}: sweep top-p, or raise it, to see different plans.`;
  return `${all}: the planner is confident at top-p ${topP} (temperature ${temperature}): sweep temperature or top-p, or raise them, to see different plans.`;
}
