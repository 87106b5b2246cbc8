'use client';
// The minimap: the whole graph in one small canvas (see draw-minimap.ts), redrawn when the page
// is next idle (within REDRAW_MS) after the nodes, the view or the canvas size change: a document
// being opened or measured, or a node being dragged, is drawn on the canvas first, and a burst of
// changes is drawn once. It reads the canvas's nodes
// (../canvas-elements.ts) and React Flow's store directly instead of re-rendering React
// components, so a change costs no React work.
import { Panel, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { whenIdle } from '../../../client/when-idle.ts';
import { useCanvasElements } from '../canvas-elements.ts';
import { type MinimapColors, drawMinimap } from './draw-minimap.ts';
import { type MinimapFrame, visibleRect } from './minimap-geometry.ts';
import { minimapNodes } from './minimap-nodes.ts';
import { useMinimapPointer } from './use-minimap-pointer.ts';

/** The minimap's size in CSS pixels (editor.css `.minimap canvas`). */
const SIZE = { width: 160, height: 100 };
/** The longest the minimap waits for an idle moment to show a change. */
const REDRAW_MS = 100;

function colorsOf(element: Element): MinimapColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--xy-minimap-background-color', '#1b1e25'),
    node: read('--xy-minimap-node-background-color', '#4a5163'),
    selectedNode: read('--accent', '#7aa2ff'),
    mask: read('--xy-minimap-mask-background-color', 'rgb(15 17 21 / 70%)'),
  };
}

export function CanvasMiniMap() {
  const store = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<MinimapFrame | undefined>(undefined);
  const pointer = useMinimapPointer(frameRef);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const colors = colorsOf(canvas);
    let cancelIdle: (() => void) | undefined;
    const draw = (): void => {
      cancelIdle = undefined;
      const pixelRatio = window.devicePixelRatio || 1;
      if (canvas.width !== SIZE.width * pixelRatio) {
        canvas.width = SIZE.width * pixelRatio;
        canvas.height = SIZE.height * pixelRatio;
      }
      const state = store.getState();
      const [x, y, zoom] = state.transform;
      const view = visibleRect({ x, y, zoom }, { width: state.width, height: state.height });
      frameRef.current = drawMinimap(
        context,
        SIZE,
        pixelRatio,
        minimapNodes(useCanvasElements.getState().nodes),
        view,
        colors,
      );
    };
    const schedule = (): void => {
      cancelIdle ??= whenIdle(draw, REDRAW_MS);
    };
    schedule();
    const unsubscribeNodes = useCanvasElements.subscribe((state, previous) => {
      if (state.nodes !== previous.nodes) schedule();
    });
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        schedule();
    });
    return () => {
      unsubscribe();
      unsubscribeNodes();
      cancelIdle?.();
    };
  }, [store]);

  return (
    <Panel position="bottom-right" className="minimap nopan nowheel nodrag">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label="Minimap"
        title="Minimap: click or drag to move the view, scroll to zoom"
        {...pointer}
      />
    </Panel>
  );
}
