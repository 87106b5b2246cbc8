'use client';
// One plan drawn at the lab's zoom with its overlays; when `interactive`, the tools act on it
// (paint, eyedropper, lock, rectangle select) and hovering a cell shows it in the inspector.
// With an aligned plan beside (`paired`), the cells under the one hovered there are outlined.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Codebook } from '../editor/run/codebooks.ts';
import { type LabPlan, useLab } from './lab-store.ts';
import { type GridSize, highlightAttribute, rectCorners, regionUnder } from './plan-alignment.ts';
import { rectBetween } from './plan-grid.ts';
import { heatValues } from './plan-stats.ts';
import { drawStage } from './stage-drawing.ts';
import { lockEdit, paintEdit } from './stage-edits.ts';

interface Props {
  readonly plan: LabPlan;
  readonly codebook: Codebook | null;
  readonly base: 'colors' | 'preview';
  readonly interactive: boolean;
  readonly diffWith: Uint16Array | null;
  readonly testId: string;
  /** The grid of the aligned plan shown beside this one, if any. */
  readonly paired?: GridSize | null;
}

interface Stroke {
  kind: 'paint' | 'lock' | 'select';
  anchor: number;
  lockTo: boolean;
  recorded: boolean;
}

export function PlanStage(props: Props) {
  const { plan, codebook, base, interactive, diffWith, testId, paired = null } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const stroke = useRef<Stroke | null>(null);
  const view = useLab((s) => s.view);
  const comparing = useLab((s) => s.compareKey !== null);
  const cell = comparing ? Math.min(view.cell, 20) : view.cell;
  const selection = useLab((s) => (interactive ? s.selection : null));
  const hover = useLab((s) => s.hover);
  const { ids, lock } = plan.history.present;
  const { width, height } = plan.plan;
  const pairHover = useLab((s) => (paired ? s.pairHover : null));
  const highlight =
    paired && pairHover !== null ? regionUnder(pairHover, paired, { width, height }) : null;
  const heat = useMemo(() => {
    if (view.heatmap === 'none') return null;
    const h = heatValues(plan.plan, view.heatmap);
    return 'values' in h ? h.values : null;
  }, [plan.plan, view.heatmap]);
  const diffMask = useMemo(
    () =>
      diffWith && diffWith.length === ids.length
        ? Uint8Array.from(ids, (id, i) => (id !== diffWith[i] ? 1 : 0))
        : null,
    [ids, diffWith],
  );
  useLayoutEffect(() => {
    if (!ref.current) return;
    drawStage(ref.current, {
      width,
      height,
      ids,
      cell,
      base,
      overlay: base === 'colors' ? view.overlay : 0,
      codebook,
      heat,
      lock,
      diff: diffMask,
      selection,
      hover: hover !== null && hover < ids.length ? hover : null,
      highlight,
    });
  });

  const cellAt = (e: React.PointerEvent<HTMLCanvasElement>): number | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.floor(((e.clientX - box.left) / box.width) * width);
    const y = Math.floor(((e.clientY - box.top) / box.height) * height);
    return x < 0 || y < 0 || x >= width || y >= height ? null : y * width + x;
  };

  const apply = (cell: number) => {
    const s = stroke.current;
    const lab = useLab.getState();
    if (!s) return;
    if (s.kind === 'select') {
      const a = { x: s.anchor % width, y: Math.floor(s.anchor / width) };
      const b = { x: cell % width, y: Math.floor(cell / width) };
      lab.setSelection(rectBetween(a, b, width, height));
      return;
    }
    const before = lab.plans.find((p) => p.key === plan.key)?.history;
    const fn =
      s.kind === 'paint'
        ? paintEdit([cell], lab.token, width, s.recorded)
        : lockEdit([cell], s.lockTo);
    lab.edit(fn, s.recorded);
    const after = useLab.getState().plans.find((p) => p.key === plan.key)?.history;
    if (before !== after) s.recorded = true;
  };

  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const cell = cellAt(e);
    if (!interactive || cell === null || e.button !== 0) return;
    const lab = useLab.getState();
    if (lab.activeKey !== plan.key) lab.activate(plan.key);
    e.currentTarget.setPointerCapture(e.pointerId);
    if (lab.tool === 'eyedropper') {
      lab.setToken(ids[cell] ?? 0);
      lab.setTool('paint');
      return;
    }
    const kind = lab.tool === 'select' ? 'select' : lab.tool === 'lock' ? 'lock' : 'paint';
    stroke.current = { kind, anchor: cell, lockTo: lock[cell] !== 1, recorded: false };
    apply(cell);
  };

  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const cell = cellAt(e);
    const lab = useLab.getState();
    if (lab.hover !== cell) lab.setHover(cell);
    if (lab.pairHover !== null) lab.setPairHover(null);
    if (cell !== null && stroke.current) apply(cell);
  };

  return (
    <canvas
      ref={ref}
      className={`lab-stage${interactive ? ' lab-stage--interactive' : ''}`}
      data-testid={testId}
      data-plan-key={plan.key}
      data-grid={`${width}x${height}`}
      {...(paired && highlight
        ? { [highlightAttribute({ width, height }, paired)]: rectCorners(highlight) }
        : {})}
      role="img"
      aria-label={`${plan.name}: ${width}×${height} plan, ${base === 'preview' ? 'codebook preview' : 'colour map'}`}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={() => (stroke.current = null)}
      onPointerCancel={() => (stroke.current = null)}
      onPointerLeave={() => useLab.getState().setHover(null)}
    />
  );
}
