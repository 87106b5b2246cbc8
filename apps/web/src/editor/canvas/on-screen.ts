// Whether a node lies on or near the visible part of the canvas. Nodes far off screen are drawn
// compact (no widgets, previews or messages): React Flow draws every node once to measure it, so
// on a 1,000-node workflow drawing each one in full is what makes opening slow.

/** How far beyond the pane (as a share of its size) a node still counts as on screen. */
export const ON_SCREEN_MARGIN = 0.5;
/** The size assumed for a node not measured yet. */
const UNMEASURED = { width: 260, height: 200 };

export interface NodeBox {
  readonly x: number;
  readonly y: number;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

/**
 * Whether `node` (flow coordinates) overlaps the pane of `pane` pixels seen through
 * `[tx, ty, zoom]`, widened by ON_SCREEN_MARGIN on each side.
 */
export function isNearScreen(
  node: NodeBox,
  [tx, ty, zoom]: readonly [number, number, number],
  pane: { readonly width: number; readonly height: number },
): boolean {
  if (pane.width <= 0 || pane.height <= 0) return true;
  const left = node.x * zoom + tx;
  const top = node.y * zoom + ty;
  const right = left + (node.width ?? UNMEASURED.width) * zoom;
  const bottom = top + (node.height ?? UNMEASURED.height) * zoom;
  const mx = pane.width * ON_SCREEN_MARGIN;
  const my = pane.height * ON_SCREEN_MARGIN;
  return right >= -mx && left <= pane.width + mx && bottom >= -my && top <= pane.height + my;
}
