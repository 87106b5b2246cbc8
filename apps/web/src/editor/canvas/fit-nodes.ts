// Fitting nodes in view without waiting for React Flow to have measured every node: nodes off
// screen are only measured once drawn (see estimated-node.ts), so React Flow's own fitView would
// wait for ever on a large workflow. Unmeasured nodes count with their guessed size.
import { type Node, type Rect, getViewportForBounds } from '@xyflow/react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { noteViewportMove } from './viewport-moves.ts';

/** React Flow's default padding around fitted nodes. */
const PADDING = 0.1;

/** The box around `nodes` (flow coordinates), their measured or guessed sizes included. */
export function boundsOf(nodes: readonly Node[]): Rect | undefined {
  if (nodes.length === 0) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const width = node.measured?.width ?? node.initialWidth ?? 0;
    const height = node.measured?.height ?? node.initialHeight ?? 0;
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + width);
    bottom = Math.max(bottom, node.position.y + height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export type FitNodes = (
  ids?: readonly string[],
  options?: { duration?: number; maxZoom?: number },
) => void;

/** Fits the nodes `ids` (all when omitted) in view, animated over `duration` ms (200). */
export function useFitNodes(): FitNodes {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (ids, { duration = 200, maxZoom } = {}) => {
      const wanted = ids === undefined ? undefined : new Set(ids);
      const bounds = boundsOf(flow.getNodes().filter((n) => wanted?.has(n.id) ?? true));
      const { width, height, minZoom, maxZoom: flowMax } = store.getState();
      if (!bounds || width === 0 || height === 0) return;
      noteViewportMove();
      const zoomLimit = Math.min(maxZoom ?? flowMax, flowMax);
      const viewport = getViewportForBounds(bounds, width, height, minZoom, zoomLimit, PADDING);
      void flow.setViewport(viewport, { duration });
    },
    [flow, store],
  );
}
