'use client';
// A plan drawn on a canvas that only paints the cells that changed since the last render, so a
// streamed token costs one cell, not a redraw (and no DOM element per cell). Before there is a
// plan it is an empty box, not a canvas: a canvas is a layer of its own for the compositor, and a
// large graph's hundreds of empty plans made every frame of a drag re-layer them.
import { useLayoutEffect, useRef } from 'react';
import {
  type PlanCanvasMode,
  type PlanCells,
  clearPlanCanvas,
  drawNewCells,
} from './plan-drawing.ts';

interface Props {
  readonly testId: string;
  readonly label: string;
  /** The tokens so far; null: no plan yet (an empty box). */
  readonly cells: PlanCells | null;
  readonly filled: number;
  readonly mode: PlanCanvasMode;
  /** A new key starts the drawing over (another run, another source). */
  readonly resetKey: string;
  /** Kept drawn but not shown (the other drawing of the same plan is on show). */
  readonly hidden?: boolean;
}

interface Painted {
  key: string;
  drawn: Uint8Array;
  filled: number;
}

export function PlanCanvas({
  testId,
  label,
  cells,
  filled,
  mode,
  resetKey,
  hidden = false,
}: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const painted = useRef<Painted | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || cells === null) {
      painted.current = null; // the next canvas is a new one: paint it whole
      return;
    }
    const key = `${resetKey}|${cells.width}x${cells.height}|${mode.kind}`;
    let state = painted.current;
    if (state === null || state.key !== key || filled < state.filled) {
      clearPlanCanvas(canvas, cells, mode);
      state = { key, drawn: new Uint8Array(cells.width * cells.height), filled: 0 };
      painted.current = state;
    }
    drawNewCells(canvas, cells, mode, state.drawn);
    state.filled = filled;
  }, [cells, filled, mode, resetKey]);
  if (cells === null)
    return (
      <div
        className={`plan-canvas plan-canvas--${mode.kind}`}
        data-testid={testId}
        data-filled={0}
        hidden={hidden}
        role="img"
        aria-label={label}
      />
    );
  return (
    <canvas
      ref={ref}
      className={`plan-canvas plan-canvas--${mode.kind}`}
      data-testid={testId}
      data-filled={filled}
      hidden={hidden}
      role="img"
      aria-label={label}
    />
  );
}
