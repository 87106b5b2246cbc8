// The minimap's geometry: which part of the flow it shows, and the conversions between flow
// coordinates and minimap pixels. Pure functions, so the drawing and the pointer handling share
// one definition of where things are. Rectangles, sizes and viewports are React Flow's types.
import type { Dimensions as Size, Rect, Viewport } from '@xyflow/react';

/** How flow coordinates map onto the minimap: minimap = (flow - origin) * scale. */
export interface MinimapFrame {
  readonly originX: number;
  readonly originY: number;
  readonly scale: number;
}

/** The part of the flow the screen shows, in flow coordinates. */
export function visibleRect(viewport: Viewport, screen: Size): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: screen.width / viewport.zoom,
    height: screen.height / viewport.zoom,
  };
}

/** The smallest rectangle holding all of `rects` (undefined when there are none). */
export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity
    ? undefined
    : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The frame that fits `content` into a minimap of `size`, centred, with `padding` minimap pixels
 * on every side (the content's longer side decides the scale).
 */
export function frameFor(content: Rect, size: Size, padding = 6): MinimapFrame {
  const innerWidth = Math.max(1, size.width - 2 * padding);
  const innerHeight = Math.max(1, size.height - 2 * padding);
  const scale = Math.min(
    innerWidth / Math.max(1, content.width),
    innerHeight / Math.max(1, content.height),
  );
  return {
    originX: content.x - (size.width / scale - content.width) / 2,
    originY: content.y - (size.height / scale - content.height) / 2,
    scale,
  };
}

/** A flow rectangle in minimap pixels. */
export function toMinimap(frame: MinimapFrame, rect: Rect): Rect {
  return {
    x: (rect.x - frame.originX) * frame.scale,
    y: (rect.y - frame.originY) * frame.scale,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}

/** A minimap pixel in flow coordinates. */
export function toFlow(
  frame: MinimapFrame,
  point: { x: number; y: number },
): { x: number; y: number } {
  return { x: point.x / frame.scale + frame.originX, y: point.y / frame.scale + frame.originY };
}

/** The viewport that shows the flow point `center` in the middle of the screen, at `zoom`. */
export function centeredOn(center: { x: number; y: number }, zoom: number, screen: Size): Viewport {
  return { x: screen.width / 2 - center.x * zoom, y: screen.height / 2 - center.y * zoom, zoom };
}

/** The viewport zoomed by `factor` (kept within [min, max]) about the middle of the screen. */
export function zoomedAboutCenter(
  viewport: Viewport,
  factor: number,
  screen: Size,
  limits: { readonly min: number; readonly max: number },
): Viewport {
  const view = visibleRect(viewport, screen);
  const zoom = Math.min(limits.max, Math.max(limits.min, viewport.zoom * factor));
  return centeredOn({ x: view.x + view.width / 2, y: view.y + view.height / 2 }, zoom, screen);
}
