'use client';
// How the plan is drawn: colours or preview, the preview overlay, side by side, the aligned fine
// (or layout) plan beside, heatmap, zoom.
import { activePlan, useLab } from './lab-store.ts';
import { heatValues } from './plan-stats.ts';
import { pairRoleOf } from './source-fine-plan.ts';

export function ViewOptions() {
  const view = useLab((s) => s.view);
  const plan = useLab(activePlan);
  const set = useLab.getState().setView;
  const heat = plan && view.heatmap !== 'none' ? heatValues(plan.plan, view.heatmap) : null;
  return (
    <section className="lab-section" aria-label="View">
      <div className="lab-row">
        <label className="lab-inline">
          <input
            type="checkbox"
            checked={view.sideBySide}
            onChange={(e) => set({ sideBySide: e.target.checked })}
          />{' '}
          Preview beside
        </label>
        <label
          className="lab-inline"
          title="The plan this one was expanded into (or from), aligned cell for cell (F)"
        >
          <input
            type="checkbox"
            checked={view.pairBeside}
            onChange={(e) => set({ pairBeside: e.target.checked })}
          />{' '}
          {plan && pairRoleOf(plan) === 'layout' ? 'Layout plan beside' : 'Fine plan beside'}
        </label>
        <label className="lab-inline" title="The codebook preview over the colour map">
          Overlay
          <input
            type="range"
            aria-label="Preview overlay opacity"
            min={0}
            max={1}
            step={0.05}
            value={view.overlay}
            onChange={(e) => set({ overlay: Number(e.target.value) })}
          />
        </label>
      </div>
      <div className="lab-row">
        <label className="lab-inline">
          Heatmap
          <select
            aria-label="Heatmap"
            value={view.heatmap}
            onChange={(e) => set({ heatmap: e.target.value as typeof view.heatmap })}
          >
            <option value="none">none</option>
            <option value="probability">uncertainty (1 − p)</option>
            <option value="entropy">entropy</option>
          </select>
        </label>
        <label className="lab-inline">
          Zoom
          <input
            type="range"
            aria-label="Cell size"
            min={6}
            max={40}
            step={1}
            value={view.cell}
            onChange={(e) => set({ cell: Number(e.target.value) })}
          />
          <span className="lab-muted">{view.cell}px</span>
        </label>
      </div>
      {heat && 'reason' in heat && <p className="lab-note">{heat.reason}</p>}
    </section>
  );
}
