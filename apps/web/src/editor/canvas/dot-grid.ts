// Where the canvas's dots are, for a CSS background that draws them as React Flow's dotted
// <Background> does: one dot of radius zoom / 2 per `gap` flow units, placed as its pattern
// places them, moving with the viewport.

/** React Flow's viewport: [x, y, zoom]. */
export type ViewportTransform = readonly [number, number, number];

export interface DotGridStyle {
  readonly backgroundSize: string;
  readonly backgroundPosition: string;
  readonly backgroundImage: string;
}

/**
 * Stops (px from the dot's centre) of a radial gradient that looks like React Flow's dot of
 * `radius`: solid with a 1-px soft edge, or, for a dot narrower than a pixel, a cone (a
 * hard-edged gradient would light a whole pixel) holding half the disc's area, as bright as
 * Chromium draws the SVG dot (measured at zoom 0.7: about half its area in light).
 */
export function dotStops(radius: number): { solid: number; clear: number } {
  if (radius >= 0.5) return { solid: radius - 0.5, clear: radius + 0.5 };
  return { solid: 0, clear: radius * Math.sqrt(1.5) };
}

/** The tiles and dot of a dot grid with `gap` flow units between dots, at `transform`. */
export function dotGrid([x, y, zoom]: ViewportTransform, gap: number, color: string): DotGridStyle {
  const tile = gap * zoom || 1;
  const radius = zoom / 2;
  const { solid, clear } = dotStops(radius);
  // React Flow's pattern starts at (x mod tile, y mod tile), shifted back by half a tile, with
  // its dot at (radius, radius); ours sits at (clear, clear) so its soft edge is not cut off.
  const left = (x % tile) - tile / 2 - (clear - radius);
  const top = (y % tile) - tile / 2 - (clear - radius);
  return {
    backgroundSize: `${tile}px ${tile}px`,
    backgroundPosition: `${left}px ${top}px`,
    backgroundImage: `radial-gradient(circle at ${clear}px ${clear}px, ${color} ${solid}px, transparent ${clear}px)`,
  };
}
