'use client';
// The open document's sweep, over the canvas: what it varies, over which values, what is wrong
// with it, and a button that removes it.
import { useEditor } from '../state/editor-store.ts';
import { useValidation } from '../state/live-validation.ts';
import { withoutSweep } from './sweep-edit.ts';
import './sweep.css';

export function SweepBanner() {
  const sweep = useEditor((s) => s.doc.sweep);
  const title = useEditor((s) => s.doc.nodes.find((n) => n.id === s.doc.sweep?.node)?.title);
  const problems = useValidation().result.problems.filter((p) => p.path[0] === 'sweep');
  if (!sweep) return null;
  return (
    <div className="sweep-banner" role="region" aria-label="Sweep" data-testid="sweep-banner">
      <div className="sweep-banner__row">
        <strong>Sweep</strong>
        <span data-testid="sweep-target">
          {title ? `${title} (${sweep.node})` : sweep.node} · {sweep.param}
        </span>
        <span className="sweep-banner__values" data-testid="sweep-values">
          {sweep.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}
        </span>
        <span className="sweep-banner__hint">
          Run queues {sweep.values.length} runs, one per value
        </span>
        <button
          type="button"
          onClick={() => useEditor.getState().edit(withoutSweep)}
          title="Remove the sweep: Run then queues one run"
        >
          Remove
        </button>
      </div>
      {problems.map((p, i) => (
        <p key={i} className={`sweep-banner__problem problem--${p.severity}`} role="alert">
          {p.message}
        </p>
      ))}
    </div>
  );
}
