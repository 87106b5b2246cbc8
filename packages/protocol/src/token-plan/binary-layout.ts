/**
 * Byte layout of format versions 1 and 2 (all numbers little-endian):
 *
 * | offset | size | field |
 * |---|---|---|
 * | 0 | 4 | magic `TPLN` |
 * | 4 | 2 | format version (u16): 1, or 2 when alternatives follow |
 * | 6 | 2 | flags (u16): bit 0 = probabilities follow the ids; bit 1 (version 2 only) = alternatives follow; other bits must be 0 |
 * | 8 | 2 | height (u16, ≥ 1) |
 * | 10 | 2 | width (u16, ≥ 1) |
 * | 12 | 2 | patch size in pixels (u16, ≥ 1) |
 * | 14 | 2 | codebook grid (u16, ≥ 1) |
 * | 16 | 4 | vocabulary size K (u32, 1..65,536; at most 65,535 with alternatives) |
 * | 20 | 32 | codebook sha256 (raw bytes) |
 * | 52 | 1 | model id length L (u8, ≥ 1) |
 * | 53 | L | model id (printable ASCII) |
 * | … | 0–3 | zero padding to a multiple of 4 |
 * | ids | 2·h·w | ids (u16), row-major |
 * | … | 0 or 2 | zero padding to a multiple of 4 (only when a section follows) |
 * | probs | 4·h·w | probabilities (f32), when flag bit 0 is set |
 *
 * When flag bit 1 is set, the alternatives section follows (after zero padding to 4):
 *
 * | size | field |
 * |---|---|
 * | 2 | alternatives per token C (u16, 1..8) |
 * | 2 | reserved, zero |
 * | 2·h·w·C | alternative ids (u16), `[h·w, C]` row-major; 0xffff = padding |
 * | 0 or 2 | zero padding to a multiple of 4 |
 * | 4·h·w·C | alternative probabilities (f32), same layout; 0 for padding |
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
export const FLAG_ALTERNATIVES = 0x0002;
/** The flags each format version knows (index = version). */
export const KNOWN_FLAGS: readonly number[] = [
  0,
  FLAG_PROBABILITIES,
  FLAG_PROBABILITIES | FLAG_ALTERNATIVES,
];
/** The alternative id that marks padding in the binary form (-1 in memory). */
export const ALTERNATIVE_PADDING = 0xffff;
/** Bytes before the alternative ids: the count (u16) and a reserved zero u16. */
export const ALTERNATIVES_HEADER_BYTES = 4;

export interface SectionLayout {
  readonly idsOffset: number;
  readonly probabilitiesOffset: number;
  /** Where the alternatives section (its count) starts; the end of the data before it. */
  readonly alternativesOffset: number;
  readonly alternativeIdsOffset: number;
  readonly alternativeProbabilitiesOffset: number;
  readonly totalBytes: number;
}

export const align4 = (n: number): number => (n + 3) & ~3;

/**
 * Where each section starts, and the exact total size of the encoding. `alternativeCount` 0 =
 * no alternatives section.
 */
export function sectionLayout(
  modelIdLength: number,
  count: number,
  hasProbabilities: boolean,
  alternativeCount = 0,
): SectionLayout {
  const idsOffset = align4(OFFSET.modelId + modelIdLength);
  const idsEnd = idsOffset + 2 * count;
  const probabilitiesOffset = hasProbabilities ? align4(idsEnd) : idsEnd;
  const probabilitiesEnd = hasProbabilities ? probabilitiesOffset + 4 * count : idsEnd;
  if (alternativeCount === 0) {
    return {
      idsOffset,
      probabilitiesOffset,
      alternativesOffset: probabilitiesEnd,
      alternativeIdsOffset: probabilitiesEnd,
      alternativeProbabilitiesOffset: probabilitiesEnd,
      totalBytes: probabilitiesEnd,
    };
  }
  const alternativesOffset = align4(probabilitiesEnd);
  const alternativeIdsOffset = alternativesOffset + ALTERNATIVES_HEADER_BYTES;
  const entries = count * alternativeCount;
  const alternativeProbabilitiesOffset = align4(alternativeIdsOffset + 2 * entries);
  return {
    idsOffset,
    probabilitiesOffset,
    alternativesOffset,
    alternativeIdsOffset,
    alternativeProbabilitiesOffset,
    totalBytes: alternativeProbabilitiesOffset + 4 * entries,
  };
}
