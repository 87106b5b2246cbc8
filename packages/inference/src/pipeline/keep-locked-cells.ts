import type { TokenPlan } from '@tessera/protocol';

/**
 * Plan-level inpainting at the fine level: the cells of `fine` that lie under a locked cell of the
 * layout grid (`lock`, `layoutSide`², row-major, 1 = locked) take their tokens (and probabilities)
 * from `keep`, the fine plan rendered before. Resampling the unlocked layout cells then leaves the
 * locked region's fine plan exactly as it was, instead of letting the expander's receptive field
 * carry the change across the boundary.
 */
export function keepLockedCells(
  fine: TokenPlan,
  keep: TokenPlan,
  lock: Uint8Array,
  layoutSide: number,
): TokenPlan {
  if (keep.width !== fine.width || keep.height !== fine.height)
    throw new Error(
      `the plan to keep is ${keep.height}×${keep.width}, but the expansion is ${fine.height}×${fine.width}`,
    );
  if (keep.codebook.hash !== fine.codebook.hash)
    throw new Error('the plan to keep uses another codebook than the expansion');
  if (lock.length !== layoutSide * layoutSide)
    throw new Error(`the lock mask has ${lock.length} cells, expected ${layoutSide * layoutSide}`);
  const ids = Uint16Array.from(fine.ids);
  const probabilities = fine.probabilities ? Float32Array.from(fine.probabilities) : undefined;
  for (let r = 0; r < fine.height; r++) {
    const lr = Math.floor((r * layoutSide) / fine.height);
    for (let c = 0; c < fine.width; c++) {
      const lc = Math.floor((c * layoutSide) / fine.width);
      if (lock[lr * layoutSide + lc] !== 1) continue;
      const i = r * fine.width + c;
      ids[i] = keep.ids[i] ?? ids[i] ?? 0;
      if (probabilities) probabilities[i] = keep.probabilities?.[i] ?? 1;
    }
  }
  return { ...fine, ids, ...(probabilities ? { probabilities } : {}) };
}
