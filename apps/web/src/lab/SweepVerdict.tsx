'use client';
// Under a finished sweep of a planner param: when every run planned the same thing, says so and
// which sampling setting would change that.
import { type TokenPlan, decodeTokenPlan } from '@tessera/protocol';
import { useEffect, useState } from 'react';
import { useRuns } from '../editor/run/run-store.ts';
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import type { LabDocument } from './lab-documents.ts';
import type { SweepState } from './lab-store.ts';
import { artifactOf } from './lab-runs.ts';
import { identicalPlans, identicalPlansNote } from './sweep-verdict.ts';

async function fetchPlan(artifactId: string): Promise<TokenPlan | null> {
  try {
    const res = await fetch(artifactUrl(artifactId));
    return res.ok ? decodeTokenPlan(new Uint8Array(await res.arrayBuffer())) : null;
  } catch {
    return null;
  }
}

/** The planner's plan of each run once all have succeeded ('' joined: not yet). */
function usePlanIds(state: SweepState): string {
  return useRuns((s) => {
    const ids: string[] = [];
    for (const item of state.items) {
      const run = item.runId ? s.runs[item.runId] : undefined;
      const plan =
        run?.status === 'succeeded' ? artifactOf(run, 'ar.plan', 'token_plan') : undefined;
      if (!plan) return '';
      ids.push(plan);
    }
    return ids.join(' ');
  });
}

export function SweepVerdict({ state, source }: { state: SweepState; source: LabDocument | null }) {
  const planIds = usePlanIds(state);
  const [identical, setIdentical] = useState<{ key: string; same: boolean } | null>(null);
  useEffect(() => {
    if (planIds === '') return;
    const ids = planIds.split(' ');
    let live = true;
    const same =
      new Set(ids).size === 1
        ? Promise.resolve(ids.length > 1)
        : Promise.all(ids.map(fetchPlan)).then(identicalPlans);
    void same.then((result) => {
      if (live) setIdentical({ key: planIds, same: result });
    });
    return () => {
      live = false;
    };
  }, [planIds]);
  if (planIds === '' || identical?.key !== planIds || !identical.same) return null;
  const values = state.items.map((it) => it.value);
  const note = identicalPlansNote(source, state.param, values);
  return note ? (
    <p className="lab-note" role="status" data-testid="sweep-verdict">
      {note}
    </p>
  ) : null;
}
