'use client';
// The aligned plan beside the active one, drawn at the same on-screen size so that each layout
// cell sits over exactly its block of fine cells. Read-only: hovering a cell outlines the cells
// under it in the active plan (and shows it in the inspector); hovering the active plan outlines
// the block under that cell here.
import type { TokenPlan } from '@tessera/protocol';
import { useLayoutEffect, useRef } from 'react';
import type { Codebook } from '../editor/run/codebooks.ts';
import { useLab } from './lab-store.ts';
import {
  type GridSize,
  highlightAttribute,
  layoutCellOf,
  rectCorners,
  regionUnder,
} from './plan-alignment.ts';
import { drawStage } from './stage-drawing.ts';

interface Props {
  readonly pair: TokenPlan;
  readonly role: 'fine' | 'layout';
  /** The active plan's grid. */
  readonly active: GridSize;
  /** On-screen side of the active plan's stage, in CSS pixels. */
  readonly side: number;
  readonly codebook: Codebook | null;
}

export function PairedStage({ pair, role, active, side, codebook }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const overlay = useLab((s) => s.view.overlay);
  const hover = useLab((s) => s.hover);
  const pairHover = useLab((s) => s.pairHover);
  const { width, height, ids } = pair;
  const own = { width, height };
  const highlight = hover !== null ? regionUnder(hover, active, own) : null;
  // Whole canvas pixels per cell, at least the on-screen size (scaled down by CSS when larger).
  const cell = Math.max(2, Math.ceil(side / width));
  useLayoutEffect(() => {
    if (!ref.current) return;
    drawStage(ref.current, {
      width,
      height,
      ids,
      cell,
      base: 'colors',
      overlay,
      codebook,
      heat: null,
      lock: null,
      diff: null,
      selection: null,
      hover: pairHover !== null && pairHover < ids.length ? pairHover : null,
      highlight,
    });
  });

  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.floor(((e.clientX - box.left) / box.width) * width);
    const y = Math.floor(((e.clientY - box.top) / box.height) * height);
    const at = x < 0 || y < 0 || x >= width || y >= height ? null : y * width + x;
    const lab = useLab.getState();
    if (lab.pairHover !== at) lab.setPairHover(at);
    // A fine cell lies in one layout cell: that one is the hovered cell of the active plan.
    const under = at !== null ? layoutCellOf(at, own, active) : null;
    if (lab.hover !== under) lab.setHover(under);
  };
  const leave = () => {
    useLab.getState().setPairHover(null);
    useLab.getState().setHover(null);
  };

  return (
    <canvas
      ref={ref}
      className="lab-stage lab-stage--paired"
      style={{ width: side, height: side * (height / width) }}
      data-testid="lab-pair-grid"
      data-role={role}
      data-grid={`${width}x${height}`}
      {...(highlight ? { [highlightAttribute(own, active)]: rectCorners(highlight) } : {})}
      role="img"
      aria-label={`${role === 'fine' ? 'Fine' : 'Layout'} plan: ${width}×${height}, aligned with the ${active.width}×${active.height} plan`}
      onPointerMove={move}
      onPointerLeave={leave}
    />
  );
}
