import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../manifest/parse-manifest.ts';
import { TINY_PACKAGE_DIR } from '../testing/fixture-paths.ts';
import { tinyCentroidByte } from '../testing/tiny-package.ts';
import { readCodebooks } from './read-codebooks.ts';

const FILE = join(TINY_PACKAGE_DIR, 'codebooks/codebooks.bin');
const manifest = parseManifest(
  JSON.parse(readFileSync(join(TINY_PACKAGE_DIR, 'model.json'), 'utf8')),
  'model.json',
);
const entries = manifest.codebooks.grids;
const bytes = (): Uint8Array => new Uint8Array(readFileSync(FILE));

function problem(data: Uint8Array, list = entries): string {
  try {
    readCodebooks(data, list, 'm', FILE);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('readCodebooks', () => {
  it('reads every codebook with its centroids', () => {
    const [first, second] = readCodebooks(bytes(), entries, 'tessera-fixture', FILE);
    expect(first).toMatchObject({
      grid: 2,
      patch: 2,
      size: 4,
      nullId: 4,
      modelId: 'tessera-fixture',
    });
    expect(first?.sha256).toBe(entries[0]?.sha256);
    expect(first?.centroids[3 * 12 + 1 * 6 + 1 * 3 + 2]).toBe(tinyCentroidByte(3, 1, 1, 2));
    expect(second).toMatchObject({ grid: 4, patch: 1, size: 3 });
    expect(second?.centroids).toHaveLength(9);
  });

  it('refuses a file of another kind', () => {
    const data = bytes();
    data[0] = 0x58;
    expect(problem(data)).toMatch(/does not start with "TSCB"/);
  });

  it('refuses an unknown version', () => {
    const data = bytes();
    data[4] = 2;
    expect(problem(data)).toMatch(/unknown codebooks version 2/);
  });

  it('refuses a file with fewer codebooks than the manifest lists', () => {
    expect(problem(bytes(), [...entries, entries[0]!])).toMatch(
      /holds 2 codebooks, the manifest lists 3/,
    );
  });

  it('names each size that disagrees with the manifest', () => {
    const list = [{ ...entries[0]!, K: 8, length: 96 }, entries[1]!];
    expect(problem(bytes(), list)).toMatch(
      /codebook 0 \(manifest codebooks.grids\[0\]\): file vs manifest: K 4 vs 8, length 48 vs 96/,
    );
  });

  it('refuses centroids whose sha256 differs from the manifest', () => {
    const data = bytes();
    data[88] = (data[88] ?? 0) ^ 1; // inside codebook 1's centroids (bytes 84..92)
    expect(problem(data)).toMatch(
      /codebook 1 .*: sha256 of its centroids is [0-9a-f]{64}, the manifest says/,
    );
  });

  it('refuses a truncated file and trailing bytes', () => {
    expect(problem(bytes().subarray(0, 90))).toMatch(/file ends at byte 90, before 93/);
    const longer = new Uint8Array(bytes().length + 1);
    longer.set(bytes());
    expect(problem(longer)).toMatch(/1 bytes after the last codebook/);
  });
});
