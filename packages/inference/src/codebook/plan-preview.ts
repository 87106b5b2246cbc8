import { TokenPlanFormatError, type TokenPlan, assertValidTokenPlan } from '@tessera/protocol';
import { type Codebook, refersTo } from './codebook.ts';

/**
 * The codebook preview of a plan: each token replaced by its centroid, i.e. pixel (y, x) =
 * centroid[ids[y / patch][x / patch]][y % patch][x % patch]. Returns interleaved RGB bytes,
 * `height·patch` rows of `width·patch` pixels. A 64×64 plan takes well under a millisecond or so.
 * Throws `TokenPlanFormatError` when the plan is invalid or of another codebook.
 */
export function renderPlanPreview(plan: TokenPlan, codebook: Codebook): Uint8Array {
  assertValidTokenPlan(plan);
  if (!refersTo(plan.codebook, codebook) || plan.patchSize !== codebook.patch) {
    throw new TokenPlanFormatError(
      'codebook-mismatch',
      `plan of ${describe(plan.codebook, plan.patchSize)} cannot be previewed with codebook ${describe(
        { modelId: codebook.modelId, grid: codebook.grid, hash: codebook.sha256 },
        codebook.patch,
      )}`,
    );
  }
  const { height, width, ids } = plan;
  const { patch, centroids } = codebook;
  const patchRowBytes = patch * 3;
  const centroidBytes = patch * patchRowBytes;
  const imageRowBytes = width * patchRowBytes;
  const rgb = new Uint8Array(height * patch * imageRowBytes);
  for (let ty = 0; ty < height; ty += 1) {
    const bandStart = ty * patch * imageRowBytes;
    for (let tx = 0; tx < width; tx += 1) {
      let source = (ids[ty * width + tx] ?? 0) * centroidBytes;
      let target = bandStart + tx * patchRowBytes;
      for (let y = 0; y < patch; y += 1) {
        for (let i = 0; i < patchRowBytes; i += 1) rgb[target + i] = centroids[source + i] ?? 0;
        source += patchRowBytes;
        target += imageRowBytes;
      }
    }
  }
  return rgb;
}

function describe(ref: { modelId: string; grid: number; hash: string }, patch: number): string {
  return `${ref.modelId} grid ${ref.grid} patch ${patch} (${ref.hash.slice(0, 12)}…)`;
}
