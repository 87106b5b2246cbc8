// Draws the minimap into a 2D canvas: the nodes as small boxes, and everything outside the part
// of the flow on screen dimmed. One canvas instead of an SVG element per node: a 1,000-node graph
// costs a millisecond to draw, and no DOM, style or layout work at all.
import type { Dimensions as Size, Rect } from '@xyflow/react';
import { type MinimapFrame, boundsOf, frameFor, toMinimap } from './minimap-geometry.ts';

export interface MinimapNode {
  readonly rect: Rect;
  readonly selected: boolean;
}

export interface MinimapColors {
  readonly background: string;
  readonly node: string;
  readonly selectedNode: string;
  readonly mask: string;
}

/**
 * Draws `nodes` and the on-screen part `view` (both in flow coordinates) into a minimap of `size`
 * CSS pixels (the canvas holds `pixelRatio` device pixels per CSS pixel), and returns the frame it
 * used, so pointer positions can be mapped back to the flow.
 */
export function drawMinimap(
  context: CanvasRenderingContext2D,
  size: Size,
  pixelRatio: number,
  nodes: readonly MinimapNode[],
  view: Rect,
  colors: MinimapColors,
): MinimapFrame {
  const content = boundsOf([view, ...nodes.map((n) => n.rect)]) ?? view;
  const frame = frameFor(content, size);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, size.width, size.height);
  for (const selected of [false, true]) {
    context.fillStyle = selected ? colors.selectedNode : colors.node;
    for (const node of nodes) {
      if (node.selected !== selected) continue;
      const r = toMinimap(frame, node.rect);
      // At least a pixel, so a node far from the others still shows.
      context.fillRect(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
    }
  }
  const onScreen = toMinimap(frame, view);
  context.fillStyle = colors.mask;
  context.beginPath();
  context.rect(0, 0, size.width, size.height);
  context.rect(onScreen.x, onScreen.y, onScreen.width, onScreen.height);
  context.fill('evenodd');
  return frame;
}
