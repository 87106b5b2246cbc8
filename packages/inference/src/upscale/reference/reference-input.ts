/**
 * A deterministic test picture, HWC RGB with integer values 0–255 as float32: gradients, a hard
 * edge and a bright square (where super-resolution does something visible) plus seeded noise.
 */
export function referenceInput(width: number, height: number, seed = 1): Float32Array {
  const out = new Float32Array(width * height * 3);
  let state = seed >>> 0;
  const noise = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 24) - 128;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const edge = x * 3 < width ? 40 : 200;
      const square = Math.abs(x - width / 2) < width / 6 && Math.abs(y - height / 2) < height / 6;
      const base = [
        edge,
        (255 * y) / Math.max(1, height - 1),
        square ? 240 : (255 * x) / Math.max(1, width - 1),
      ];
      base.forEach((value, c) => {
        const v = Math.round(value + noise() / 8);
        out[(y * width + x) * 3 + c] = Math.min(255, Math.max(0, v));
      });
    }
  }
  return out;
}
