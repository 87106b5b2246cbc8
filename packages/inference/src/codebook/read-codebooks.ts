import { createHash } from 'node:crypto';
import type { CodebookEntry } from '../manifest/manifest-schema.ts';
import { ModelPackageError } from '../manifest/model-package-error.ts';
import type { Codebook } from './codebook.ts';

const MAGIC = 'TSCB';
const VERSION = 1;

/**
 * Parses `codebooks.bin` ("magic 'TSCB', u32 version, u32 count, then per codebook u32 grid,
 * u32 patch, u32 K, K·patch·patch·3 uint8, little-endian") and checks it against the manifest's
 * `codebooks.grids`: count, order, grid, patch, K, offset, length and the sha256 of each.
 */
export function readCodebooks(
  bytes: Uint8Array,
  entries: readonly CodebookEntry[],
  modelId: string,
  file: string,
): Codebook[] {
  const fail = (detail: string): never => {
    throw new ModelPackageError('codebook-mismatch', file, detail);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number, what: string): number => {
    if (at + 4 > bytes.length) fail(`file ends at byte ${bytes.length}, inside ${what}`);
    return view.getUint32(at, true);
  };
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) {
    throw new ModelPackageError('malformed-file', file, `does not start with "${MAGIC}"`);
  }
  const version = u32(4, 'the header');
  if (version !== VERSION) {
    throw new ModelPackageError('malformed-file', file, `unknown codebooks version ${version}`);
  }
  const count = u32(8, 'the header');
  if (count !== entries.length) {
    fail(`holds ${count} codebooks, the manifest lists ${entries.length}`);
  }
  const codebooks: Codebook[] = [];
  let at = 12;
  entries.forEach((entry, index) => {
    const where = `codebook ${index} (manifest codebooks.grids[${index}])`;
    const grid = u32(at, where);
    const patch = u32(at + 4, where);
    const size = u32(at + 8, where);
    const differences = [
      grid !== entry.grid && `grid ${grid} vs ${entry.grid}`,
      patch !== entry.patch && `patch ${patch} vs ${entry.patch}`,
      size !== entry.K && `K ${size} vs ${entry.K}`,
      at + 12 !== entry.offset && `offset ${at + 12} vs ${entry.offset}`,
      size * patch * patch * 3 !== entry.length &&
        `length ${size * patch * patch * 3} vs ${entry.length}`,
    ].filter((d): d is string => typeof d === 'string');
    if (differences.length > 0) fail(`${where}: file vs manifest: ${differences.join(', ')}`);
    const start = at + 12;
    const end = start + entry.length;
    if (end > bytes.length) fail(`${where}: file ends at byte ${bytes.length}, before ${end}`);
    const centroids = bytes.slice(start, end);
    const sha256 = createHash('sha256').update(centroids).digest('hex');
    if (sha256 !== entry.sha256) {
      fail(`${where}: sha256 of its centroids is ${sha256}, the manifest says ${entry.sha256}`);
    }
    const nullId = entry.nullId ?? size;
    if (nullId < size) fail(`${where}: nullId ${nullId} is a valid code (K = ${size})`);
    codebooks.push({ modelId, grid, patch, size, nullId, sha256, centroids });
    at = end;
  });
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the last codebook`);
  return codebooks;
}
