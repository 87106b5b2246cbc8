// The window React Flow is given the graph for (see flow-window.ts): the view widened on each
// side, moved only when the view leaves it. Follows React Flow's viewport and pane size.
import { type Rect, type ReactFlowState, useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { contains, windowAround } from './flow-window.ts';
import { visibleRect } from './minimap/minimap-geometry.ts';

/** The visible part of the canvas (flow coordinates); the browser window's size until the pane is measured. */
function viewOf({ transform: [x, y, zoom], width, height }: ReactFlowState): Rect {
  // No window while rendering on the server: no graph is drawn there.
  const screen = typeof window === 'undefined' ? { innerWidth: 0, innerHeight: 0 } : window;
  const w = width > 0 ? width : screen.innerWidth;
  const h = height > 0 ? height : screen.innerHeight;
  return visibleRect({ x, y, zoom }, { width: w, height: h });
}

export function useFlowWindow(): Rect {
  const store = useStoreApi();
  const [flowWindow, setFlowWindow] = useState(() => windowAround(viewOf(store.getState())));
  useEffect(() => {
    const follow = (state: ReactFlowState): void => {
      const view = viewOf(state);
      setFlowWindow((old) => (contains(old, view) ? old : windowAround(view)));
    };
    follow(store.getState());
    return store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        follow(state);
    });
  }, [store]);
  return flowWindow;
}
