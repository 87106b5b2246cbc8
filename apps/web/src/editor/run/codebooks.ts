// The model's codebooks (TSCB), to draw a plan as the patches its tokens stand for: magic
// 'TSCB', u32 version, u32 count, then per codebook u32 grid, u32 patch, u32 K and
// K × patch × patch × 3 uint8 RGB (centroid k, row y, column x), little-endian.

export interface Codebook {
  readonly grid: number;
  readonly patch: number;
  readonly k: number;
  /** K × patch × patch × 3 RGB bytes. */
  readonly pixels: Uint8Array;
}

export class CodebookFormatError extends Error {
  override readonly name = 'CodebookFormatError';
}

const MAGIC = 'TSCB';

/** Every codebook in the file; throws CodebookFormatError on anything malformed. */
export function parseCodebooks(buffer: ArrayBuffer): Codebook[] {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC)
    throw new CodebookFormatError(`not a codebook file (no "${MAGIC}" header)`);
  const count = view.getUint32(8, true);
  const books: Codebook[] = [];
  let offset = 12;
  for (let i = 0; i < count; i++) {
    if (offset + 12 > bytes.length)
      throw new CodebookFormatError(`codebook ${i} header is cut off`);
    const grid = view.getUint32(offset, true);
    const patch = view.getUint32(offset + 4, true);
    const k = view.getUint32(offset + 8, true);
    const length = k * patch * patch * 3;
    offset += 12;
    if (grid === 0 || patch === 0 || k === 0 || offset + length > bytes.length)
      throw new CodebookFormatError(`codebook ${i} (grid ${grid}) is malformed or cut off`);
    books.push({ grid, patch, k, pixels: bytes.subarray(offset, offset + length) });
    offset += length;
  }
  return books;
}

/** The codebook for plans of `grid` × `grid` tokens. */
export const codebookFor = (books: readonly Codebook[], grid: number): Codebook | undefined =>
  books.find((b) => b.grid === grid);

let loading: Promise<Codebook[] | null> | undefined;

/** The tessera-tiny codebooks, fetched once per page; null when they cannot be had. */
export function loadCodebooks(modelId = 'tessera-tiny'): Promise<Codebook[] | null> {
  loading ??= fetch(`/api/models/${encodeURIComponent(modelId)}/codebooks.bin`)
    .then(async (res) => (res.ok ? parseCodebooks(await res.arrayBuffer()) : null))
    .catch(() => null);
  return loading;
}
