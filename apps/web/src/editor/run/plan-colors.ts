// A colour per code id for the plan grid: hues a golden angle apart, so neighbouring ids look
// different, with lightness varying in a slower cycle to tell more ids apart.

const GOLDEN_ANGLE = 137.508;

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** RGB of code `id`. */
export function codeColor(id: number): [number, number, number] {
  const hue = (id * GOLDEN_ANGLE) % 360;
  const lightness = 0.45 + 0.15 * ((id % 3) - 1);
  return hslToRgb(hue, 0.65, lightness);
}

export const cssColor = ([r, g, b]: readonly [number, number, number]): string =>
  `rgb(${r} ${g} ${b})`;

/** Colour of a cell with no token yet. */
export const UNFILLED = '#12151b';
