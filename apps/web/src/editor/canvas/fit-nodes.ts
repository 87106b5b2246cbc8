// Fitting nodes in view without waiting for React Flow to have measured every node: nodes off
// screen are only measured once drawn (see estimated-node.ts), so React Flow's own fitView would
// wait for ever on a large workflow. Unmeasured nodes count with their guessed size.
import { type Node, type Rect, getViewportForBounds } from '@xyflow/react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useCanvasElements } from './canvas-elements.ts';
import { boundsOf as boundsOfRects } from './minimap/minimap-geometry.ts';
import type { NodeBox } from './opening-view.ts';
import { noteViewportMove } from './viewport-moves.ts';

/** React Flow's default padding around fitted nodes. */
const PADDING = 0.1;

/** A node's box (flow coordinates): its measured size, else its guessed one. */
export function boxOf(node: Node): NodeBox {
  return {
    id: node.id,
    ...node.position,
    width: node.measured?.width ?? node.initialWidth ?? 0,
    height: node.measured?.height ?? node.initialHeight ?? 0,
  };
}

/** The box around `nodes` (flow coordinates), their measured or guessed sizes included. */
export function boundsOf(nodes: readonly Node[]): Rect | undefined {
  return boundsOfRects(nodes.map(boxOf));
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
      const { nodes } = useCanvasElements.getState(); // all of them, not only React Flow's
      const bounds = boundsOf(nodes.filter((n) => wanted?.has(n.id) ?? true));
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
