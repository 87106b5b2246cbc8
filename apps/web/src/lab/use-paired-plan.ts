'use client';
// Looks up the plan aligned with an open one (see findPairedPlan) while it is shown, once per
// lookup key: again only when a render of the plan finishes.
import { useEffect } from 'react';
import { type LabPlan, type PairState, useLab } from './lab-store.ts';
import { findPairedPlan, pairLookupOf } from './source-fine-plan.ts';

export function usePairedPlan(plan: LabPlan, wanted: boolean): PairState | null {
  const lookup = pairLookupOf(plan);
  const state = useLab((s) => s.pairs[plan.key]);
  const current = state?.lookup === lookup ? state : null;
  const needed = wanted && current === null;
  const key = plan.key;
  useEffect(() => {
    const lab = useLab.getState();
    // The plan as it is now (the object changes with every edit; the lookup key is what matters).
    const now = lab.plans.find((p) => p.key === key);
    if (!needed || !now) return;
    lab.setPair(key, { status: 'loading', lookup });
    void findPairedPlan(now).then((pair) => {
      // A later lookup (a render finished meanwhile) wins.
      if (useLab.getState().pairs[key]?.lookup === lookup)
        useLab.getState().setPair(key, { ...pair, lookup });
    });
  }, [needed, key, lookup]);
  return current;
}
