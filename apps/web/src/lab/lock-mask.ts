// The lock mask: 1 for a cell the resampler must keep, 0 for one it may resample. Pure.

/** `mask` with `cells` set to `locked`; the same array when nothing changes. */
export function setLocked(mask: Uint8Array, cells: readonly number[], locked: boolean): Uint8Array {
  const value = locked ? 1 : 0;
  if (cells.every((i) => i < 0 || i >= mask.length || mask[i] === value)) return mask;
  const next = mask.slice();
  for (const i of cells) if (i >= 0 && i < next.length) next[i] = value;
  return next;
}

/** A mask locking the top `rows` rows of a `width` × `height` grid. */
export function lockTopRows(width: number, height: number, rows: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  mask.fill(1, 0, Math.min(height, Math.max(0, rows)) * width);
  return mask;
}

export function invertMask(mask: Uint8Array): Uint8Array {
  return mask.map((v) => (v === 1 ? 0 : 1));
}

export const lockedCount = (mask: Uint8Array): number => mask.reduce((n, v) => n + v, 0);

/**
 * The `lock` param of `plan.resample` (as `encodeLockMask` in @tessera/protocol): one bit per
 * cell, row-major, as hex; each row is ceil(width / 4) digits, the highest bit of a row's first
 * digit is column 0. A 16×16 mask is 64 digits: `ffff` locks a whole row.
 */
export function lockParam(mask: Uint8Array, width: number): string {
  const height = Math.floor(mask.length / width);
  const digits = Math.ceil(width / 4);
  let text = '';
  for (let r = 0; r < height; r++)
    for (let d = 0; d < digits; d++) {
      let nibble = 0;
      for (let b = 0; b < 4; b++) {
        const c = 4 * d + b;
        if (c < width && mask[r * width + c] === 1) nibble |= 8 >> b;
      }
      text += nibble.toString(16);
    }
  return text;
}
