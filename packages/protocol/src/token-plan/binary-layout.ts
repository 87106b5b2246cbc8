/**
 * Byte layout of format version 1 (all numbers little-endian):
 *
 * | offset | size | field |
 * |---|---|---|
 * | 0 | 4 | magic `TPLN` |
 * | 4 | 2 | format version (u16) |
 * | 6 | 2 | flags (u16): bit 0 = probabilities follow the ids; other bits must be 0 |
 * | 8 | 2 | height (u16, ≥ 1) |
 * | 10 | 2 | width (u16, ≥ 1) |
 * | 12 | 2 | patch size in pixels (u16, ≥ 1) |
 * | 14 | 2 | codebook grid (u16, ≥ 1) |
 * | 16 | 4 | vocabulary size K (u32, 1..65,536) |
 * | 20 | 32 | codebook sha256 (raw bytes) |
 * | 52 | 1 | model id length L (u8, ≥ 1) |
 * | 53 | L | model id (printable ASCII) |
 * | … | 0–3 | zero padding to a multiple of 4 |
 * | ids | 2·h·w | ids (u16), row-major |
 * | … | 0 or 2 | zero padding to a multiple of 4 (only when probabilities follow) |
 * | probs | 4·h·w | probabilities (f32), when flag bit 0 is set |
 */
export const OFFSET = {
  version: 4,
  flags: 6,
  height: 8,
  width: 10,
  patchSize: 12,
  grid: 14,
  vocabSize: 16,
  hash: 20,
  modelIdLength: 52,
  modelId: 53,
} as const;

export const HASH_BYTES = 32;
export const FLAG_PROBABILITIES = 0x0001;
export const KNOWN_FLAGS = FLAG_PROBABILITIES;

export interface SectionLayout {
  readonly idsOffset: number;
  readonly probabilitiesOffset: number;
  readonly totalBytes: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Where the ids and probabilities start, and the exact total size of the encoding. */
export function sectionLayout(
  modelIdLength: number,
  count: number,
  hasProbabilities: boolean,
): SectionLayout {
  const idsOffset = align4(OFFSET.modelId + modelIdLength);
  const idsEnd = idsOffset + 2 * count;
  if (!hasProbabilities) return { idsOffset, probabilitiesOffset: idsEnd, totalBytes: idsEnd };
  const probabilitiesOffset = align4(idsEnd);
  return { idsOffset, probabilitiesOffset, totalBytes: probabilitiesOffset + 4 * count };
}
