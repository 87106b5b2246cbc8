'use client';
// Render the edited plan, or resample its unlocked cells, with a prompt (and a seed).
import { useState } from 'react';
import { activePlan, useLab } from './lab-store.ts';
import { actionBlocker, render, resample, saveAsWorkflow } from './lab-runs.ts';
import { lockedCount } from './lock-mask.ts';
import { RunProgress } from './RunProgress.tsx';

export function RenderPanel() {
  const plan = useLab(activePlan);
  const [seed, setSeed] = useState(1);
  // Blank: the planner settings of the workflow the plan came from.
  const [temperature, setTemperature] = useState('');
  const [topP, setTopP] = useState('');
  const [savedId, setSavedId] = useState<string | null>(null);
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
        <label
          className="lab-inline"
          title="Higher changes more cells; blank keeps the source workflow's"
        >
          Temp.
          <input
            type="number"
            aria-label="Resample temperature"
            placeholder="source"
            value={temperature}
            min={0.05}
            max={2}
            step={0.05}
            onChange={(e) => setTemperature(e.target.value)}
          />
        </label>
        <label
          className="lab-inline"
          title="Nucleus size; 1 keeps every token, blank keeps the source workflow's"
        >
          Top-p
          <input
            type="number"
            aria-label="Resample top-p"
            placeholder="source"
            value={topP}
            min={0}
            max={1}
            step={0.05}
            onChange={(e) => setTopP(e.target.value)}
          />
        </label>
        <button
          type="button"
          disabled={resampleBlock !== null || !plan.prompt.trim()}
          onClick={() =>
            void resample(seed, {
              ...(temperature.trim() !== '' ? { temperature: Number(temperature) } : {}),
              ...(topP.trim() !== '' ? { topP: Number(topP) } : {}),
            })
          }
          title={`Resample the ${plan.history.present.lock.length - locked} unlocked cells, keeping the ${locked} locked ones`}
        >
          Resample unlocked
        </button>
      </div>
      <div className="lab-row">
        <button
          type="button"
          disabled={renderBlock !== null || !plan.prompt.trim()}
          title="Save the plan, its edits and the render as a workflow that re-creates them"
          onClick={() => void saveAsWorkflow().then(setSavedId)}
        >
          Save as workflow
        </button>
        {savedId !== null && (
          <a href={`/?workflow=${encodeURIComponent(savedId)}`} target="_blank" rel="noreferrer">
            Open it in the editor
          </a>
        )}
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
