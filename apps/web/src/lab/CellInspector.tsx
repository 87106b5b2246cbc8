'use client';
// The hovered cell: where it is, its token, the sampler's probability and its alternatives
// (click one to paint with it); and the cell hovered in the aligned plan beside, with its token.
import { activePlan, useLab } from './lab-store.ts';
import { alternativesOf, cellAlternatives } from './plan-stats.ts';
import { TokenSwatch } from './TokenSwatch.tsx';

/** The hovered cell of the aligned plan beside the active one: its grid, place and token. */
function PairedCellLine() {
  const at = useLab((s) => (s.view.pairBeside ? s.pairHover : null));
  const pair = useLab((s) => (s.activeKey !== null ? s.pairs[s.activeKey] : undefined));
  if (at === null || pair?.status !== 'found') return null;
  const { width, height, ids } = pair.plan;
  const id = ids[at];
  if (id === undefined) return null;
  return (
    <div data-testid="paired-cell">
      {pair.role === 'fine' ? 'Fine' : 'Layout'} cell ({width}×{height}): row{' '}
      {Math.floor(at / width)}, column {at % width} · <TokenSwatch id={id} />
    </div>
  );
}

export function CellInspector() {
  const plan = useLab(activePlan);
  const hover = useLab((s) => s.hover);
  if (!plan) return null;
  const { width } = plan.plan;
  if (hover === null || hover >= plan.history.present.ids.length)
    return (
      <div className="lab-inspector">
        <PairedCellLine />
        <p className="lab-muted">Hover a cell to see its token, probability and alternatives.</p>
      </div>
    );
  const id = plan.history.present.ids[hover] ?? 0;
  const edited = id !== plan.plan.ids[hover];
  const p = plan.plan.probabilities?.[hover];
  const alts = alternativesOf(plan.plan);
  const list = alts ? cellAlternatives(alts, hover) : null;
  return (
    <div className="lab-inspector" data-testid="cell-inspector">
      <div>
        Row {Math.floor(hover / width)}, column {hover % width} · <TokenSwatch id={id} />
        {plan.history.present.lock[hover] === 1 && <span className="lab-tag">locked</span>}
      </div>
      <PairedCellLine />
      <div className="lab-muted">
        {edited
          ? `Edited (was #${plan.plan.ids[hover] ?? 0})`
          : p !== undefined
            ? `Probability ${(p * 100).toFixed(1)}%`
            : 'No probability recorded'}
      </div>
      {list ? (
        <div className="lab-alts">
          {list.map((a) => (
            <button
              key={a.id}
              type="button"
              title="Paint with this token"
              onClick={() => {
                useLab.getState().setToken(a.id);
                useLab.getState().setTool('paint');
              }}
            >
              <TokenSwatch id={a.id} /> {(a.probability * 100).toFixed(1)}%
            </button>
          ))}
        </div>
      ) : (
        <div className="lab-muted">
          No alternatives in this plan (the planner’s format v2 records its top 5).
        </div>
      )}
    </div>
  );
}
