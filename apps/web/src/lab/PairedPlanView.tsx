'use client';
// Beside the active plan: its fine plan (a layout plan) or its layout plan (a fine plan), aligned
// cell for cell; or why there is none (not expanded yet, layout not known, still loading).
import { codebookFor } from '../editor/run/codebooks.ts';
import { useCodebooks } from '../editor/run/use-artifacts.ts';
import type { LabPlan } from './lab-store.ts';
import { nestingFactor } from './plan-alignment.ts';
import { countDifferences } from './plan-grid.ts';
import { PairedStage } from './PairedStage.tsx';
import { pairRoleOf } from './source-fine-plan.ts';
import { usePairedPlan } from './use-paired-plan.ts';

interface Props {
  readonly plan: LabPlan;
  /** On-screen pixels per cell of the active plan's stage. */
  readonly cell: number;
}

export function PairedPlanView({ plan, cell }: Props) {
  const state = usePairedPlan(plan, true);
  const books = useCodebooks(true);
  const { width, height } = plan.plan;
  const side = width * cell;
  const role = state && state.status !== 'loading' ? state.role : pairRoleOf(plan);
  const title = role === 'fine' ? 'Fine plan' : 'Layout plan';
  if (!state || state.status !== 'found')
    return (
      <figure className="lab-pair" data-testid="lab-pair" data-status={state?.status ?? 'loading'}>
        <div
          className="lab-pair__empty"
          style={{ width: side, height: side * (height / width) }}
          role={state?.status === 'missing' ? 'note' : 'status'}
        >
          <span>
            {state?.status === 'missing' ? state.reason : `Looking for the ${title.toLowerCase()}…`}
          </span>
        </div>
        <figcaption className="lab-muted">{title}</figcaption>
      </figure>
    );
  const pair = state.plan;
  const fine = role === 'fine' ? pair : plan.plan;
  const coarse = role === 'fine' ? plan.plan : pair;
  const factor = nestingFactor(coarse, fine) ?? 1;
  const edited =
    state.ofOpened && role === 'fine'
      ? (countDifferences(plan.plan.ids, plan.history.present.ids) ?? 0)
      : 0;
  return (
    <figure className="lab-pair" data-testid="lab-pair" data-status="found">
      <PairedStage
        pair={pair}
        role={role}
        active={plan.plan}
        side={side}
        codebook={books ? (codebookFor(books, pair.width) ?? null) : null}
      />
      <figcaption className="lab-muted">
        {title} {pair.width}×{pair.height} from {state.origin} · a layout cell is {factor}×{factor}{' '}
        fine cells
        {edited > 0 && (
          <span className="lab-note">
            {' '}
            ({edited} cell{edited === 1 ? '' : 's'} edited since: Render to update it)
          </span>
        )}
      </figcaption>
    </figure>
  );
}
