'use client';
// A plan drawn on a canvas that only paints the cells that changed since the last render, so a
// streamed token costs one cell, not a redraw (and no DOM element per cell).
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
  /** The tokens so far; null draws an empty grid of `emptySide` × `emptySide`. */
  readonly cells: PlanCells | null;
  readonly filled: number;
  readonly mode: PlanCanvasMode;
  readonly emptySide: number;
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
  emptySide,
  resetKey,
  hidden = false,
}: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const painted = useRef<Painted | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const shape: PlanCells = cells ?? {
      width: emptySide,
      height: emptySide,
      ids: new Uint16Array(0),
      known: new Uint8Array(0),
    };
    const key = `${resetKey}|${cells === null ? 'empty' : 'plan'}|${shape.width}x${shape.height}|${mode.kind}`;
    let state = painted.current;
    if (state === null || state.key !== key || filled < state.filled) {
      clearPlanCanvas(canvas, shape, mode);
      state = { key, drawn: new Uint8Array(shape.width * shape.height), filled: 0 };
      painted.current = state;
    }
    if (cells !== null) drawNewCells(canvas, cells, mode, state.drawn);
    state.filled = filled;
  }, [cells, filled, mode, emptySide, resetKey]);
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
