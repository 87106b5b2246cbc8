import { describe, expect, it } from 'vitest';
import {
  type Link,
  type NodeBox,
  READABLE_ZOOM,
  type ScreenSize,
  type Viewport,
  mainPath,
  openingViewport,
} from './opening-view.ts';

const box = (id: string, x: number, y = 0, width = 260, height = 300): NodeBox => ({
  id,
  x,
  y,
  width,
  height,
});
const chain = (...ids: string[]): Link[] =>
  ids.slice(1).map((target, i) => ({ source: ids[i] ?? '', target }));

/** Whether the whole box is on the screen at this viewport. */
function whollyShown(b: NodeBox, view: Viewport, screen: ScreenSize): boolean {
  const left = view.x + b.x * view.zoom;
  const top = view.y + b.y * view.zoom;
  return (
    left >= 0 &&
    top >= 0 &&
    left + b.width * view.zoom <= screen.width &&
    top + b.height * view.zoom <= screen.height
  );
}

/** Six nodes in a row, 304 apart, linked left to right: 1780 wide. */
const row = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => box(id, i * 304));
const rowLinks = chain('a', 'b', 'c', 'd', 'e', 'f');

describe('openingViewport', () => {
  it('shows a graph that is readable whole, whole and never magnified', () => {
    const screen = { width: 1400, height: 900 };
    const small = [box('a', 0), box('b', 304)];
    const view = openingViewport(small, chain('a', 'b'), screen);
    expect(view.zoom).toBe(1);
    for (const b of small) expect(whollyShown(b, view, screen)).toBe(true);

    const wide = openingViewport(row, rowLinks, { width: 1800, height: 900 });
    expect(wide.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const b of row) expect(whollyShown(b, wide, { width: 1800, height: 900 })).toBe(true);
  });

  it('on a narrow screen shows the start of the main path at a readable zoom', () => {
    const screen = { width: 846, height: 690 };
    const view = openingViewport(row, rowLinks, screen);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const shown = row.filter((b) => whollyShown(b, view, screen)).map((b) => b.id);
    expect(shown).toEqual(['a', 'b', 'c', 'd']);
  });

  it('follows the main path, not whatever lies leftmost', () => {
    // A lone note far left and a chain further right: the chain's start is what opens.
    const boxes = [box('note', -2000, 0), ...row];
    const screen = { width: 846, height: 690 };
    const view = openingViewport(boxes, rowLinks, screen);
    expect(whollyShown(boxes[0] ?? row[0]!, view, screen)).toBe(false);
    expect(whollyShown(row[0]!, view, screen)).toBe(true);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('opens an unlinked, too-wide graph at its top-left corner, readable', () => {
    const screen = { width: 846, height: 690 };
    const view = openingViewport(row, [], screen);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(whollyShown(row[0]!, view, screen)).toBe(true);
    expect(whollyShown(row[5]!, view, screen)).toBe(false);
  });

  it('opens an empty graph at 100 %', () => {
    expect(openingViewport([], [], { width: 800, height: 600 })).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe('mainPath', () => {
  it('is the longest chain, whichever node it starts from', () => {
    // prompt feeds three nodes; the chain through plan is the longest.
    const boxes = ['prompt', 'plan', 'expand', 'decode', 'preview'].map((id, i) => box(id, i));
    const links = [
      ...chain('prompt', 'plan', 'expand', 'decode'),
      { source: 'prompt', target: 'decode' },
      { source: 'plan', target: 'preview' },
    ];
    expect(mainPath(boxes, links)).toEqual(['prompt', 'plan', 'expand', 'decode']);
  });

  it('prefers the leftmost start among equally long chains and survives a cycle', () => {
    const boxes = [box('right', 900), box('r2', 1200), box('left', 0), box('l2', 300)];
    const links = [
      ...chain('right', 'r2'),
      ...chain('left', 'l2'),
      { source: 'l2', target: 'left' },
    ];
    expect(mainPath(boxes, links)).toEqual(['left', 'l2']);
  });
});
