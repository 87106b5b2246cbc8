/** The bounding rectangle of one 8-connected region of set pixels, in map coordinates. */
export interface Component {
  readonly minX: number;
  readonly minY: number;
  /** Inclusive. */
  readonly maxX: number;
  /** Inclusive. */
  readonly maxY: number;
  readonly pixels: number;
}

/**
 * Finds the 8-connected regions of non-zero pixels in a `width`×`height` mask,
 * in raster order of their first pixel.
 */
export function findComponents(mask: Uint8Array, width: number, height: number): Component[] {
  if (mask.length !== width * height) {
    throw new RangeError(`mask has ${mask.length} pixels, expected ${width}x${height}`);
  }
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const components: Component[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || seen[start] === 1) continue;
    seen[start] = 1;
    stack[0] = start;
    let top = 1;
    let minX = width;
    let minY = height;
    let maxX = -1;
    let maxY = -1;
    let pixels = 0;
    while (top > 0) {
      top--;
      const index = stack[top] ?? 0;
      const x = index % width;
      const y = (index - x) / width;
      pixels++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const neighbour = ny * width + nx;
          if (mask[neighbour] === 0 || seen[neighbour] === 1) continue;
          seen[neighbour] = 1;
          stack[top] = neighbour;
          top++;
        }
      }
    }
    components.push({ minX, minY, maxX, maxY, pixels });
  }
  return components;
}
