'use client';
// The canvas's dotted background as one element's CSS background, in place of React Flow's SVG
// <Background>. The SVG's full-size rect is laid out again, repainted and rasterised whenever
// anything on the canvas is laid out (a node's progress text, every second of a run); a CSS
// background is repainted only when the view pans or zooms.
import { type ReactFlowState, useStore } from '@xyflow/react';
import { dotGrid } from './dot-grid.ts';
import './dot-background.css';

const GAP = 16;
const selectTransform = (state: ReactFlowState) => state.transform;

export function DotBackground() {
  const transform = useStore(selectTransform);
  return (
    <div
      className="canvas-dots"
      aria-hidden="true"
      style={dotGrid(transform, GAP, 'var(--canvas-dot-color)')}
    />
  );
}
