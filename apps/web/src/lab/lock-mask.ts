// The lock mask: 1 for a cell the resampler must keep, 0 for one it may resample. Pure. As the
// `lock` param of `plan.resample` it is written by `encodeLockMask` of @tessera/protocol.

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
