import type { CodebookRef } from '@tessera/protocol';

/**
 * One visual codebook of a model package: K centroids of `patch × patch` RGB pixels for a
 * `grid × grid` plan. `centroids` holds K·patch·patch·3 bytes (centroid k, row y, column x, RGB).
 */
export interface Codebook {
  readonly modelId: string;
  readonly grid: number;
  readonly patch: number;
  /** K, the number of codes. */
  readonly size: number;
  /** The id a decoder reads as "no plan here" (K for tessera-tiny); never a valid plan id. */
  readonly nullId: number;
  /** sha256 of `centroids`, as in the manifest; a plan's `codebook.hash`. */
  readonly sha256: string;
  readonly centroids: Uint8Array;
}

/** How a plan refers to this codebook. */
export function codebookRef(codebook: Codebook): CodebookRef {
  return {
    modelId: codebook.modelId,
    grid: codebook.grid,
    vocabSize: codebook.size,
    hash: codebook.sha256,
  };
}

/** Whether a plan's codebook reference points at this codebook. */
export function refersTo(ref: CodebookRef, codebook: Codebook): boolean {
  return (
    ref.hash === codebook.sha256 &&
    ref.vocabSize === codebook.size &&
    ref.grid === codebook.grid &&
    ref.modelId === codebook.modelId
  );
}
