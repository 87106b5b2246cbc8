// The part of a large graph React Flow is given: the nodes inside a window around the view, the
// links that may cross it, and the nodes at their ends. React Flow keeps lookups of every node
// and link it is given and rebuilds them on each change, and on a 1,000-node workflow that was
// most of the cost of opening it; what lies far off screen is not drawn anyway. The window is the
// view widened by WINDOW_MARGIN on each side, and moves only when the view leaves it, so panning
// within it changes nothing. A node once given stays given (while it exists): React Flow keeps
// what it measured of it (the places of its ports, where links end), and would lose that if the
// node were taken away and given again. Pure: nodes, links and rectangles in, the subset out.
import type { Edge, Rect } from '@xyflow/react';
import { boxOf } from './fit-nodes.ts';
import type { TesseraFlowNode } from './flow-elements.ts';
import { boundsOf } from './minimap/minimap-geometry.ts';

/** How far the window reaches beyond the view on each side, as a share of the view's size. */
export const WINDOW_MARGIN = 1;
/** Graphs this small are given whole: the window would save nothing. */
export const WHOLE_GRAPH_BELOW = 200;

export interface FlowSubset {
  readonly nodes: TesseraFlowNode[];
  readonly edges: Edge[];
}

/** `view` (flow coordinates) widened by WINDOW_MARGIN of its size on each side. */
export function windowAround(view: Rect): Rect {
  const dx = view.width * WINDOW_MARGIN;
  const dy = view.height * WINDOW_MARGIN;
  return {
    x: view.x - dx,
    y: view.y - dy,
    width: view.width + 2 * dx,
    height: view.height + 2 * dy,
  };
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/**
 * What React Flow is given of `nodes` and `edges` for `window` (flow coordinates; the whole
 * graph when undefined or small): each node given before (`given`), overlapping the window, or
 * in `kept` (selected or dragged nodes, so they move and stay selected together); each link
 * between two of those, or whose ends' span overlaps the window, with the nodes at both of its
 * ends (so links into the window are drawn to their far end). Order is kept.
 */
export function flowSubset(
  nodes: TesseraFlowNode[],
  edges: Edge[],
  window: Rect | undefined,
  kept: ReadonlySet<string>,
  given: ReadonlySet<string> = new Set(),
): FlowSubset {
  if (window === undefined || nodes.length < WHOLE_GRAPH_BELOW) return { nodes, edges };
  const boxes = new Map(nodes.map((node) => [node.id, boxOf(node)]));
  const inside = new Set<string>();
  for (const [id, box] of boxes)
    if (given.has(id) || kept.has(id) || overlaps(box, window)) inside.add(id);
  const givenEdges: Edge[] = [];
  const ends = new Set<string>();
  for (const edge of edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (from === undefined || to === undefined) continue;
    const between = inside.has(edge.source) && inside.has(edge.target);
    if (!between && !overlaps(boundsOf([from, to]) ?? from, window)) continue;
    givenEdges.push(edge);
    ends.add(edge.source).add(edge.target);
  }
  return {
    nodes: nodes.filter((node) => inside.has(node.id) || ends.has(node.id)),
    edges: givenEdges,
  };
}
