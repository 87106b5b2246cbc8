// A lab plan as a TokenPlan again: the edited ids, and each edited cell's probability set to 1
// (the user chose it), as `applyPlanEdits` does; alternatives are kept (what the planner weighed
// there). Pure, plus a download.
import { type TokenPlan, encodeTokenPlan } from '@tessera/protocol';

export function editedPlan(plan: TokenPlan, ids: Uint16Array): TokenPlan {
  if (!ids.some((id, i) => id !== plan.ids[i])) return plan;
  const probabilities = plan.probabilities?.map((p, i) => (ids[i] === plan.ids[i] ? p : 1));
  return { ...plan, ids, ...(probabilities ? { probabilities } : {}) };
}

/** Saves `plan` as `<name>.tplan` through the browser. */
export function downloadPlan(plan: TokenPlan, name: string): void {
  const bytes = encodeTokenPlan(plan);
  const blob = new Blob([bytes.slice().buffer], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'plan'}.tplan`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
