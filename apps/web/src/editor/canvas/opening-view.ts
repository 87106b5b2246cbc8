// Where the canvas looks when a document opens: the whole graph when it is readable that way,
// otherwise as much of its main path (the longest chain of links, from its start) as is readable,
// with the rest a pan away. Pure: node boxes and the screen size in, a viewport out.

/** A node's box in flow coordinates. */
export interface NodeBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Link {
  readonly source: string;
  readonly target: string;
}

export interface ScreenSize {
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * The smallest zoom a document opens at: prompt text and widgets can be read (and nodes are far
 * from the compact drawing, which starts at 0.5).
 */
export const READABLE_ZOOM = 0.65;
/** Documents never open magnified. */
export const OPENING_MAX_ZOOM = 1;
/** Screen pixels kept free around what is fitted. */
export const OPENING_PADDING = 16;

interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function boundsOf(boxes: readonly NodeBox[]): Bounds {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The zoom at which `bounds` fills the screen (less padding), at most OPENING_MAX_ZOOM. */
function fittingZoom(bounds: Bounds, screen: ScreenSize): number {
  const room = (side: number): number => Math.max(side - 2 * OPENING_PADDING, 1);
  return Math.min(
    room(screen.width) / Math.max(bounds.width, 1),
    room(screen.height) / Math.max(bounds.height, 1),
    OPENING_MAX_ZOOM,
  );
}

/** Centres `bounds` on the screen at `zoom`. */
const centred = (bounds: Bounds, screen: ScreenSize, zoom: number): Viewport => ({
  x: screen.width / 2 - (bounds.x + bounds.width / 2) * zoom,
  y: screen.height / 2 - (bounds.y + bounds.height / 2) * zoom,
  zoom,
});

/**
 * The longest chain of linked nodes (by node count); among equally long ones, the one whose
 * start is leftmost, then topmost. Links that close a cycle are ignored.
 */
export function mainPath(boxes: readonly NodeBox[], links: readonly Link[]): string[] {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const next = new Map<string, string[]>();
  for (const link of links) {
    if (!byId.has(link.source) || !byId.has(link.target)) continue;
    const targets = next.get(link.source);
    if (targets) targets.push(link.target);
    else next.set(link.source, [link.target]);
  }
  // The length of the longest chain starting at each node and its second node, memoized;
  // `visiting` cuts cycles.
  const length = new Map<string, number>();
  const successor = new Map<string, string>();
  const visiting = new Set<string>();
  const chainFrom = (id: string): number => {
    const known = length.get(id);
    if (known !== undefined) return known;
    visiting.add(id);
    let best = 0;
    for (const target of next.get(id) ?? []) {
      if (visiting.has(target)) continue;
      const chain = chainFrom(target);
      if (chain > best) {
        best = chain;
        successor.set(id, target);
      }
    }
    visiting.delete(id);
    length.set(id, best + 1);
    return best + 1;
  };
  const starts = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
  let first: string | undefined;
  let longest = 0;
  for (const start of starts) {
    const chain = chainFrom(start.id);
    if (chain > longest) {
      longest = chain;
      first = start.id;
    }
  }
  const path: string[] = [];
  for (let id = first; id !== undefined && path.length < longest; id = successor.get(id))
    path.push(id);
  return path;
}

/**
 * The viewport a document opens at. The whole graph, fitted, when that zoom is readable;
 * otherwise the longest start of the main path (two nodes or more) that fits at a readable zoom,
 * fitted; failing that, the top-left corner of the main path (of the graph, when nothing is
 * linked) at READABLE_ZOOM.
 */
export function openingViewport(
  boxes: readonly NodeBox[],
  links: readonly Link[],
  screen: ScreenSize,
): Viewport {
  if (boxes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const all = boundsOf(boxes);
  const wholeZoom = fittingZoom(all, screen);
  if (wholeZoom >= READABLE_ZOOM) return centred(all, screen, wholeZoom);

  const byId = new Map(boxes.map((b) => [b.id, b]));
  const path = mainPath(boxes, links).flatMap((id) => byId.get(id) ?? []);
  for (let length = path.length; length >= 2; length--) {
    const bounds = boundsOf(path.slice(0, length));
    const zoom = fittingZoom(bounds, screen);
    if (zoom >= READABLE_ZOOM) return centred(bounds, screen, zoom);
  }
  const corner = path.length >= 2 && path[0] ? path[0] : all;
  return {
    x: OPENING_PADDING - corner.x * READABLE_ZOOM,
    y: OPENING_PADDING - corner.y * READABLE_ZOOM,
    zoom: READABLE_ZOOM,
  };
}
