import { TokenPlanFormatError } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { loadModelPackage } from '../model-package.ts';
import { TINY_PACKAGE_DIR } from '../testing/fixture-paths.ts';
import { tinyCentroidByte } from '../testing/tiny-package.ts';
import { codebookRef } from './codebook.ts';
import { renderPlanPreview } from './plan-preview.ts';
import { tokenPlanFromIds } from './plan-from-ids.ts';

const pkg = await loadModelPackage(TINY_PACKAGE_DIR);
const coarse = pkg.codebook(2); // 2×2 grid, 2 px patches, K = 4
const fine = pkg.codebook(4); // 4×4 grid, 1 px patches, K = 3

describe('renderPlanPreview', () => {
  it("puts each token's centroid at its place: pixel (y, x) = centroid[id][y % p][x % p]", () => {
    const ids = [3, 0, 1, 2];
    const rgb = renderPlanPreview(tokenPlanFromIds(ids, coarse), coarse);
    expect(rgb).toHaveLength(4 * 4 * 3);
    for (let y = 0; y < 4; y += 1) {
      for (let x = 0; x < 4; x += 1) {
        const id = ids[Math.floor(y / 2) * 2 + Math.floor(x / 2)] ?? -1;
        for (let c = 0; c < 3; c += 1) {
          expect(rgb[(y * 4 + x) * 3 + c]).toBe(tinyCentroidByte(id, y % 2, x % 2, c));
        }
      }
    }
  });

  it('renders plans that are not square', () => {
    const plan = tokenPlanFromIds([0, 1, 2, 2, 1, 0], fine, { height: 2, width: 3 });
    const rgb = renderPlanPreview(plan, fine);
    expect(rgb).toHaveLength(2 * 3 * 3);
    // the first pixel of the second row is token (1, 0), id 2
    expect(Array.from(rgb.subarray(9, 12))).toEqual(
      [0, 1, 2].map((c) => tinyCentroidByte(2, 0, 0, c)),
    );
  });

  it('refuses a plan of another codebook', () => {
    const plan = tokenPlanFromIds(new Array<number>(16).fill(0), fine);
    expect(() => renderPlanPreview(plan, coarse)).toThrow(TokenPlanFormatError);
    expect(() => renderPlanPreview(plan, coarse)).toThrow(/cannot be previewed with codebook/);
  });

  it('refuses ids outside the codebook', () => {
    const plan = { ...tokenPlanFromIds([0, 0, 0, 0], coarse), ids: Uint16Array.from([0, 0, 0, 4]) };
    expect(() => renderPlanPreview(plan, coarse)).toThrow(/id 4 at row 1, column 1/);
  });
});

describe('tokenPlanFromIds', () => {
  it('makes a plan of the codebook, ids copied from any numeric array', () => {
    const plan = tokenPlanFromIds(BigInt64Array.from([0n, 1n, 2n, 3n]), coarse, {
      probabilities: [1, 0.5, 0.25, 0],
    });
    expect(plan).toEqual({
      height: 2,
      width: 2,
      ids: Uint16Array.from([0, 1, 2, 3]),
      codebook: codebookRef(coarse),
      patchSize: 2,
      probabilities: Float32Array.from([1, 0.5, 0.25, 0]),
    });
    expect(pkg.codebookFor(plan)).toBe(coarse);
  });

  it('refuses ids that are not codes, the null id included', () => {
    expect(() => tokenPlanFromIds([0, 1, 2, 4], coarse)).toThrow(/id 4 at row 1, column 1/);
    expect(() => tokenPlanFromIds([0, 1, 2, 70000], coarse)).toThrow(TokenPlanFormatError);
    expect(() => tokenPlanFromIds([0, 1, 2, 1.5], coarse)).toThrow(TokenPlanFormatError);
  });

  it('refuses the wrong number of ids', () => {
    expect(() => tokenPlanFromIds([0, 1, 2], coarse)).toThrow(/expected 4 ids \(2×2\)/);
  });
});
