'use client';
// The strip of open plans: switch, close, and pick the one to compare with.
import { useLab } from './lab-store.ts';

export function PlanTabs() {
  const plans = useLab((s) => s.plans);
  const active = useLab((s) => s.activeKey);
  const compare = useLab((s) => s.compareKey);
  return (
    <div className="lab-tabs" role="tablist" aria-label="Open plans">
      {plans.map((p) => (
        <div
          key={p.key}
          className={`lab-tab${p.key === active ? ' lab-tab--on' : ''}${p.key === compare ? ' lab-tab--compare' : ''}`}
        >
          <button
            type="button"
            role="tab"
            aria-selected={p.key === active}
            onClick={() => useLab.getState().activate(p.key)}
            title={p.name}
          >
            {p.name}
            {p.history.past.length > 0 ? ' •' : ''}
          </button>
          <button
            type="button"
            className="lab-tab__x"
            aria-label={`Close ${p.name}`}
            onClick={() => useLab.getState().close(p.key)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
