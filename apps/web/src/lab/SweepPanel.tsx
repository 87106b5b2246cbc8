'use client';
// A sweep: N runs of the plan's source workflow, one param varied, shown as a contact sheet of
// plans (colour map + preview) and images as they finish.
import { useState } from 'react';
import { codebookFor } from '../editor/run/codebooks.ts';
import { PlanCanvas } from '../editor/run/PlanCanvas.tsx';
import type { PlanCanvasMode } from '../editor/run/plan-drawing.ts';
import { useRuns } from '../editor/run/run-store.ts';
import { artifactUrl, useCodebooks, useTokenPlanArtifact } from '../editor/run/use-artifacts.ts';
import { SWEEP_PARAMS, type SweepParam, sweepValues } from './lab-documents.ts';
import { activePlan, useLab } from './lab-store.ts';
import { artifactOf, saveSweepAsWorkflow, savedImageOf, sweep } from './lab-runs.ts';
import { openArtifact } from './open-actions.ts';
import { RunProgress } from './RunProgress.tsx';
import { SweepVerdict } from './SweepVerdict.tsx';

const COLORS: PlanCanvasMode = { kind: 'colors' };

function SweepCard({ runId, value, param }: { runId: string; value: number; param: SweepParam }) {
  const run = useRuns((s) => s.runs[runId]);
  const planId = run ? artifactOf(run, 'ar.plan', 'token_plan') : undefined;
  const imageId = run ? savedImageOf(run) : undefined;
  const plan = useTokenPlanArtifact(planId);
  const books = useCodebooks(true);
  const book = books && plan ? codebookFor(books, plan.width) : undefined;
  const lab = useLab(activePlan);
  return (
    <figure className="lab-sweep-card" data-testid="sweep-card" data-value={value}>
      <figcaption>
        {param} = {value}
      </figcaption>
      {run?.status !== 'succeeded' && <RunProgress runId={runId} label={`${param} ${value}`} />}
      <div className="lab-sweep-card__plans">
        <PlanCanvas
          testId={`sweep-plan-${value}`}
          label="Plan"
          cells={plan}
          filled={plan ? plan.width * plan.height : 0}
          mode={COLORS}
          resetKey={runId}
        />
        {book && (
          <PlanCanvas
            testId={`sweep-preview-${value}`}
            label="Plan preview"
            cells={plan}
            filled={plan ? plan.width * plan.height : 0}
            mode={{ kind: 'patches', codebook: book }}
            resetKey={runId}
          />
        )}
      </div>
      {imageId ? (
        <img
          src={artifactUrl(imageId)}
          alt={`Image for ${param} ${value}`}
          data-testid="sweep-image"
        />
      ) : (
        <div className="lab-sweep-card__empty" />
      )}
      {planId && (
        <button
          type="button"
          onClick={() =>
            void openArtifact({
              artifactId: planId,
              runId,
              nodeId: 'plan',
              name: `${param} ${value}`,
              ...(lab ? { document: lab.source.document, prompt: lab.prompt } : {}),
              images: imageId ? [{ label: `${param} ${value}`, artifactId: imageId }] : [],
            })
          }
        >
          Open
        </button>
      )}
    </figure>
  );
}

export function SweepPanel() {
  const plan = useLab(activePlan);
  const state = useLab((s) => s.sweep);
  const [param, setParam] = useState<SweepParam>('seed');
  const [n, setN] = useState(4);
  const [start, setStart] = useState(SWEEP_PARAMS.seed.start);
  const [step, setStep] = useState(SWEEP_PARAMS.seed.step);
  const [savedId, setSavedId] = useState<string | null>(null);
  if (!plan) return null;
  const values = sweepValues(param, start, step, Math.min(16, n));
  const source = plan.source.document;
  const ran = state?.planKey === plan.key ? state : null;
  // What "Save sweep" saves: the sweep that ran, else the one set up here.
  const toSave = ran
    ? { param: ran.param, values: ran.items.map((it) => it.value) }
    : { param, values };
  return (
    <section className="lab-section" aria-label="Sweep">
      <div className="lab-row">
        <select
          aria-label="Sweep param"
          value={param}
          onChange={(e) => {
            const p = e.target.value as SweepParam;
            setParam(p);
            setStart(SWEEP_PARAMS[p].start);
            setStep(SWEEP_PARAMS[p].step);
          }}
        >
          {(Object.keys(SWEEP_PARAMS) as SweepParam[]).map((p) => (
            <option key={p} value={p}>
              {SWEEP_PARAMS[p].label}
            </option>
          ))}
        </select>
        <label className="lab-inline">
          N{' '}
          <input
            type="number"
            aria-label="Sweep count"
            min={1}
            max={16}
            value={n}
            onChange={(e) => setN(Number(e.target.value) || 1)}
          />
        </label>
        <label className="lab-inline">
          from{' '}
          <input
            type="number"
            aria-label="Sweep start"
            step="any"
            value={start}
            onChange={(e) => setStart(Number(e.target.value))}
          />
        </label>
        <label className="lab-inline">
          step{' '}
          <input
            type="number"
            aria-label="Sweep step"
            step="any"
            value={step}
            onChange={(e) => setStep(Number(e.target.value))}
          />
        </label>
      </div>
      <div className="lab-row">
        <span className="lab-muted">{values.join(', ')}</span>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={!source || values.length === 0}
          onClick={() => void sweep(plan, param, values)}
        >
          Sweep {values.length}
        </button>
      </div>
      <div className="lab-row">
        <button
          type="button"
          disabled={!source || toSave.values.length < 2}
          title={`Save the plan’s workflow with a sweep of ${toSave.param} over ${toSave.values.join(', ')}: Run in the editor re-runs it`}
          onClick={() =>
            void saveSweepAsWorkflow(plan, toSave.param, toSave.values).then(setSavedId)
          }
        >
          Save sweep as workflow
        </button>
        {savedId !== null && (
          <a href={`/?workflow=${encodeURIComponent(savedId)}`} target="_blank" rel="noreferrer">
            Open it in the editor
          </a>
        )}
      </div>
      {!source && (
        <p className="lab-note">
          A sweep re-runs the workflow this plan came from: open a plan from a run or a Tessera PNG.
        </p>
      )}
      {state && state.planKey === plan.key && (
        <div className="lab-sweep" data-testid="sweep-sheet">
          {state.items.map((it) =>
            it.runId ? (
              <SweepCard key={it.runId} runId={it.runId} value={it.value} param={state.param} />
            ) : (
              <figure key={it.value} className="lab-sweep-card">
                <figcaption>
                  {state.param} = {it.value}
                </figcaption>
                <p className={it.error ? 'lab-error' : 'lab-muted'}>{it.error ?? 'queueing…'}</p>
              </figure>
            ),
          )}
        </div>
      )}
      {ran && <SweepVerdict state={ran} source={source} />}
    </section>
  );
}
