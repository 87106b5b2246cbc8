// Moving the view from the minimap: press outside the on-screen box to centre the view there,
// drag to move it, and scroll to zoom about the middle of the screen.
import { type ReactFlowState, type Viewport, useReactFlow, useStoreApi } from '@xyflow/react';
import { type PointerEvent, type RefObject, type WheelEvent, useMemo, useRef } from 'react';
import { noteViewportMove } from '../viewport-moves.ts';
import {
  type MinimapFrame,
  centeredOn,
  toFlow,
  visibleRect,
  zoomedAboutCenter,
} from './minimap-geometry.ts';

interface Drag {
  readonly pointerId: number;
  readonly from: { x: number; y: number };
  readonly viewport: Viewport;
  /** The frame when the drag began: the minimap's frame follows the view, so it moves. */
  readonly frame: MinimapFrame;
}

export interface MinimapPointerHandlers {
  onPointerDown(event: PointerEvent<HTMLCanvasElement>): void;
  onPointerMove(event: PointerEvent<HTMLCanvasElement>): void;
  onPointerUp(event: PointerEvent<HTMLCanvasElement>): void;
  onWheel(event: WheelEvent<HTMLCanvasElement>): void;
}

function viewportOf(state: ReactFlowState): Viewport {
  const [x, y, zoom] = state.transform;
  return { x, y, zoom };
}

function local(event: PointerEvent<HTMLCanvasElement>): { x: number; y: number } {
  const box = event.currentTarget.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

export function useMinimapPointer(
  frameRef: RefObject<MinimapFrame | undefined>,
): MinimapPointerHandlers {
  const store = useStoreApi();
  const flow = useReactFlow();
  const drag = useRef<Drag | undefined>(undefined);

  return useMemo(() => {
    const screenOf = (state: ReactFlowState) => ({ width: state.width, height: state.height });
    return {
      onPointerDown(event) {
        const frame = frameRef.current;
        if (!frame || event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        noteViewportMove();
        const state = store.getState();
        let viewport = viewportOf(state);
        const at = toFlow(frame, local(event));
        const view = visibleRect(viewport, screenOf(state));
        const inView =
          at.x >= view.x &&
          at.x <= view.x + view.width &&
          at.y >= view.y &&
          at.y <= view.y + view.height;
        if (!inView) {
          viewport = centeredOn(at, viewport.zoom, screenOf(state));
          void flow.setViewport(viewport);
        }
        drag.current = { pointerId: event.pointerId, from: local(event), viewport, frame };
      },
      onPointerMove(event) {
        const d = drag.current;
        if (!d || d.pointerId !== event.pointerId) return;
        const p = local(event);
        const dx = (p.x - d.from.x) / d.frame.scale;
        const dy = (p.y - d.from.y) / d.frame.scale;
        const { zoom } = d.viewport;
        void flow.setViewport({ x: d.viewport.x - dx * zoom, y: d.viewport.y - dy * zoom, zoom });
      },
      onPointerUp(event) {
        if (drag.current?.pointerId === event.pointerId) drag.current = undefined;
      },
      onWheel(event) {
        if (event.deltaY === 0) return;
        noteViewportMove();
        const state = store.getState();
        // Lines (Firefox) or pixels: about ×1.2 per notch of a mouse wheel either way.
        const step = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
        const factor = 2 ** (-step / 400);
        void flow.setViewport(
          zoomedAboutCenter(viewportOf(state), factor, screenOf(state), {
            min: state.minZoom,
            max: state.maxZoom,
          }),
        );
      },
    };
  }, [frameRef, store, flow]);
}
