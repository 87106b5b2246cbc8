'use client';
// Pick an open plan to compare the active one with; the differing cells are counted and outlined.
import { activePlan, comparePlan, useLab } from './lab-store.ts';
import { countDifferences } from './plan-grid.ts';

export function ComparePanel() {
  const plans = useLab((s) => s.plans);
  const active = useLab(activePlan);
  const other = useLab(comparePlan);
  if (!active) return null;
  const count = other
    ? countDifferences(active.history.present.ids, other.history.present.ids)
    : null;
  return (
    <section className="lab-section" aria-label="Compare">
      <label className="lab-inline">
        Compare with
        <select
          aria-label="Compare with"
          value={other?.key ?? ''}
          onChange={(e) => useLab.getState().setCompare(e.target.value || null)}
        >
          <option value="">(none)</option>
          {plans
            .filter((p) => p.key !== active.key)
            .map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      {other && (
        <p data-testid="diff-count">
          {count === null
            ? 'The plans have different sizes: no cell-by-cell comparison.'
            : `${count} of ${active.history.present.ids.length} cells differ`}
        </p>
      )}
      {plans.length < 2 && (
        <p className="lab-muted">Open a second plan (or resample this one) to compare.</p>
      )}
    </section>
  );
}
