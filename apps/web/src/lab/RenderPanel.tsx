'use client';
// Render the edited plan, or resample its unlocked cells, with a prompt (and a seed).
import { useState } from 'react';
import { activePlan, useLab } from './lab-store.ts';
import { actionBlocker, render, resample } from './lab-runs.ts';
import { lockedCount } from './lock-mask.ts';
import { RunProgress } from './RunProgress.tsx';

export function RenderPanel() {
  const plan = useLab(activePlan);
  const [seed, setSeed] = useState(1);
  if (!plan) return null;
  const renderBlock = actionBlocker('render');
  const resampleBlock = actionBlocker('resample');
  const locked = lockedCount(plan.history.present.lock);
  return (
    <section className="lab-section" aria-label="Render and resample">
      <label className="lab-field">
        Prompt
        <textarea
          rows={3}
          value={plan.prompt}
          aria-label="Prompt"
          onChange={(e) =>
            useLab.getState().update(plan.key, (p) => ({ ...p, prompt: e.target.value }))
          }
        />
      </label>
      <div className="lab-row">
        <button
          type="button"
          className="primary"
          disabled={renderBlock !== null || !plan.prompt.trim()}
          onClick={() => void render()}
        >
          Render
        </button>
        <label className="lab-inline">
          Seed
          <input
            type="number"
            aria-label="Resample seed"
            value={seed}
            min={0}
            onChange={(e) => setSeed(Number(e.target.value) || 0)}
          />
        </label>
        <button
          type="button"
          disabled={resampleBlock !== null || !plan.prompt.trim()}
          onClick={() => void resample(seed)}
          title={`Resample the ${plan.history.present.lock.length - locked} unlocked cells, keeping the ${locked} locked ones`}
        >
          Resample unlocked
        </button>
      </div>
      {(renderBlock ?? resampleBlock) !== null && (
        <p className="lab-note" data-testid="lab-needs">
          {renderBlock ? `Render ${renderBlock}. ` : ''}
          {resampleBlock ? `Resample ${resampleBlock}.` : ''}
        </p>
      )}
      {plan.runs.map((r, i) => (
        <RunProgress key={r.runId} runId={r.runId} label={`${r.kind} ${i + 1}`} />
      ))}
    </section>
  );
}
