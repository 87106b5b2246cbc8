'use client';
// One plan in the centre: its stage (colour map, and the preview beside it when asked) and its
// images. The active plan is editable; a compared one is shown read-only with the differences.
// The active plan can have its fine plan (or its layout plan) beside it, aligned cell for cell.
import { codebookFor } from '../editor/run/codebooks.ts';
import { useCodebooks } from '../editor/run/use-artifacts.ts';
import { ImageStrip } from './ImageStrip.tsx';
import { type LabPlan, useLab } from './lab-store.ts';
import { PairedPlanView } from './PairedPlanView.tsx';
import { PlanStage } from './PlanStage.tsx';

interface Props {
  readonly plan: LabPlan;
  readonly interactive: boolean;
  readonly diffWith: Uint16Array | null;
  readonly role: 'active' | 'compare';
}

export function PlanColumn({ plan, interactive, diffWith, role }: Props) {
  const books = useCodebooks(true);
  const book = books ? (codebookFor(books, plan.plan.width) ?? null) : null;
  // Two plans side by side: one stage each, so both fit at 1280 px.
  const comparing = useLab((s) => s.compareKey !== null);
  const sideBySide = useLab((s) => s.view.sideBySide) && !comparing;
  const showPair = useLab((s) => s.view.pairBeside) && role === 'active';
  const pair = useLab((s) => (showPair ? s.pairs[plan.key] : undefined));
  const paired = pair?.status === 'found' ? pair.plan : null;
  const cell = useLab((s) => (comparing ? Math.min(s.view.cell, 20) : s.view.cell));
  const { history } = plan;
  return (
    <div className="lab-column" data-testid={`lab-column-${role}`}>
      <header className="lab-column__head">
        <strong title={plan.name}>{plan.name}</strong>
        <span className="lab-muted">
          {plan.plan.width}×{plan.plan.height} · {plan.plan.codebook.modelId}
          {interactive
            ? ` · ${history.past.length} edit${history.past.length === 1 ? '' : 's'}`
            : ''}
        </span>
        {interactive && (
          <>
            <button
              type="button"
              disabled={history.past.length === 0}
              onClick={() => useLab.getState().undo()}
              title="Undo (Ctrl+Z)"
            >
              Undo
            </button>
            <button
              type="button"
              disabled={history.future.length === 0}
              onClick={() => useLab.getState().redo()}
              title="Redo (Ctrl+Shift+Z)"
            >
              Redo
            </button>
          </>
        )}
      </header>
      <div className="lab-column__stages">
        <PlanStage
          plan={plan}
          codebook={book}
          base="colors"
          interactive={interactive}
          diffWith={diffWith}
          testId={`lab-grid-${role}`}
          paired={paired}
        />
        {showPair && <PairedPlanView plan={plan} cell={cell} />}
        {sideBySide && book && (
          <PlanStage
            plan={plan}
            codebook={book}
            base="preview"
            interactive={interactive}
            diffWith={diffWith}
            testId={`lab-preview-${role}`}
            paired={paired}
          />
        )}
      </div>
      <ImageStrip plan={plan} />
    </div>
  );
}
