// Where each newly opened document is shown (see opening-view.ts): at once from guessed node
// sizes, before its nodes are drawn (see guessed-opening.ts), then again once the drawn nodes have
// their sizes, unless that view is close to the guessed one. A viewport change the user made
// before then (F, a pan, a zoom) wins.
import { type Viewport, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { useCanvasElements } from './canvas-elements.ts';
import { boxOf } from './fit-nodes.ts';
import type { TesseraFlowNode } from './flow-elements.ts';
import { guessedOpeningViewport, guessesHeld } from './guessed-opening.ts';
import { openingViewport } from './opening-view.ts';
import { viewportMoves } from './viewport-moves.ts';

/** How many frames an opened document may take to be measured before it is shown anyway. */
const MEASURE_FRAMES = 60;

/** How far (screen pixels) the measured opening view may lie from the guessed one to keep it. */
const KEEP_WITHIN_PX = 24;
/** How much (a ratio) its zoom may differ. */
const KEEP_WITHIN_ZOOM = 0.03;

/**
 * Whether the view shown may stay instead of `better`: nearly the same, so moving there would be
 * a small jump under the user's eyes and a redraw of every node on screen, for nothing readable.
 */
function closeEnough(shown: Viewport, better: Viewport): boolean {
  return (
    Math.abs(shown.x - better.x) <= KEEP_WITHIN_PX &&
    Math.abs(shown.y - better.y) <= KEEP_WITHIN_PX &&
    Math.abs(shown.zoom / better.zoom - 1) <= KEEP_WITHIN_ZOOM
  );
}

/** Applies each newly opened document's opening view (call it inside the React Flow provider). */
export function useOpeningView(): void {
  const flow = useReactFlow<TesseraFlowNode>();
  const store = useStoreApi<TesseraFlowNode>();
  const opened = useEditor((s) => s.opened);
  /** The last opening whose view was worked out from guessed sizes. */
  const guessedFor = useRef(0);

  // As the document opens, before React draws it: from guessed sizes.
  useEffect(
    () =>
      useEditor.subscribe((state, previous) => {
        const { width, height } = store.getState();
        if (state.opened === previous.opened || width === 0 || height === 0) return;
        guessedFor.current = state.opened;
        void flow.setViewport(guessedOpeningViewport(state.view, { width, height }));
      }),
    [flow, store],
  );

  // Once the nodes on screen are measured: from their sizes.
  useEffect(() => {
    if (opened === 0) return;
    let frame = 0;
    let waited = 0;
    const movesBefore = viewportMoves();
    const show = (): void => {
      if (viewportMoves() !== movesBefore) return;
      const { nodes, edges } = useCanvasElements.getState(); // all of them, not only React Flow's
      const { width, height, domNode } = store.getState();
      // Only the nodes on screen are drawn (the others have guessed sizes): wait for those.
      const drawn = new Set(
        [...(domNode?.querySelectorAll('.react-flow__node') ?? [])].map((el) =>
          el.getAttribute('data-id'),
        ),
      );
      const ready =
        width > 0 &&
        (drawn.size > 0 || nodes.length === 0 || waited > 2) &&
        nodes.every((n) => n.measured?.height !== undefined || !drawn.has(n.id));
      if (!ready && ++waited < MEASURE_FRAMES) {
        frame = requestAnimationFrame(show);
        return;
      }
      const onScreen = nodes.filter((n) => drawn.has(n.id));
      const components = useEditor.getState().view.components;
      const drawnSizes = onScreen.map((n) => ({ node: n.data.node, measured: n.measured }));
      if (guessedFor.current === opened && guessesHeld(drawnSizes, components)) return;
      const measured = openingViewport(nodes.map(boxOf), edges, { width, height });
      if (!closeEnough(flow.getViewport(), measured)) void flow.setViewport(measured);
    };
    frame = requestAnimationFrame(show);
    return () => cancelAnimationFrame(frame);
  }, [opened, flow, store]);
}
