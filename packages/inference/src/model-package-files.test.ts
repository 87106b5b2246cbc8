import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileDigests } from './manifest/file-digests.ts';
import type { ModelPackageErrorKind } from './manifest/model-package-error.ts';
import { ModelPackageError } from './manifest/model-package-error.ts';
import { type LoadModelPackageOptions, loadModelPackage } from './model-package.ts';
import { TINY_PACKAGE_DIR, copyPackage } from './testing/fixture-paths.ts';
import { editManifest, replaceFile } from './testing/package-edits.ts';
import { TINY_MODEL_ID } from './testing/tiny-package.ts';

const copies: { remove(): void }[] = [];
afterEach(() => copies.splice(0).forEach((copy) => copy.remove()));

function tinyCopy(): string {
  const copy = copyPackage();
  copies.push(copy);
  return copy.dir;
}

const quiet = (): LoadModelPackageOptions => ({ digests: new FileDigests() });

async function failure(dir: string): Promise<ModelPackageError> {
  try {
    await loadModelPackage(dir, quiet());
  } catch (error) {
    if (error instanceof ModelPackageError) return error;
    throw error;
  }
  throw new Error('loaded without complaint');
}

async function expectFailure(
  dir: string,
  kind: ModelPackageErrorKind,
  file: string,
  message: RegExp,
): Promise<void> {
  const error = await failure(dir);
  expect({ kind: error.kind, file: error.file }).toEqual({ kind, file: join(dir, file) });
  expect(error.message.startsWith(join(dir, file))).toBe(true);
  expect(error.message).toMatch(message);
}

describe('loadModelPackage', () => {
  it('loads the fixture package: manifest, paths, stages, codebooks, glyph atlas', async () => {
    const pkg = await loadModelPackage(TINY_PACKAGE_DIR, quiet());
    expect(pkg.id).toBe(TINY_MODEL_ID);
    expect(pkg.stageNames).toEqual(['toy.affine', 'toy.affine-external']);
    expect(pkg.paths.stages['toy.affine']).toBe(join(TINY_PACKAGE_DIR, 'onnx/affine.onnx'));
    expect(pkg.paths.externalData['toy.affine-external']).toEqual([
      join(TINY_PACKAGE_DIR, 'onnx/affine-external.weights.bin'),
    ]);
    expect(pkg.codebooks.map((c) => [c.grid, c.patch, c.size])).toEqual([
      [2, 2, 4],
      [4, 1, 3],
    ]);
    expect(pkg.codebook(4).nullId).toBe(3);
    expect(pkg.glyphAtlas?.json).toEqual({ font: 'fixture', charset: ' A', sizes: {} });
  });

  it('hashes each file once per process: loading again reads nothing again', async () => {
    const digests = new FileDigests();
    await loadModelPackage(TINY_PACKAGE_DIR, { digests });
    const afterFirst = digests.hashedCount;
    await loadModelPackage(TINY_PACKAGE_DIR, { digests });
    expect(afterFirst).toBe(5); // two ONNX files, one external-data file, codebooks, glyph atlas
    expect(digests.hashedCount).toBe(afterFirst);
  });

  it('hashes a file again when it changed on disk', async () => {
    const dir = tinyCopy();
    const digests = new FileDigests();
    await loadModelPackage(dir, { digests });
    replaceFile(dir, 'glyph_atlas.json', '{ "font": "other" }\n');
    const pkg = await loadModelPackage(dir, { digests });
    expect(pkg.glyphAtlas?.json).toEqual({ font: 'other' });
  });

  it('reports a missing manifest', async () => {
    const dir = tinyCopy();
    rmSync(join(dir, 'model.json'));
    await expectFailure(dir, 'missing-file', 'model.json', /cannot read the package manifest/);
  });

  it('reports a missing file, saying where the manifest lists it', async () => {
    const dir = tinyCopy();
    rmSync(join(dir, 'onnx/affine.onnx'));
    await expectFailure(
      dir,
      'missing-file',
      'onnx/affine.onnx',
      /missing: the manifest lists it at stages\["toy.affine"\] \(ENOENT\)/,
    );
  });

  it('reports a missing external-data file listed in the manifest', async () => {
    const dir = tinyCopy();
    rmSync(join(dir, 'onnx/affine-external.weights.bin'));
    await expectFailure(
      dir,
      'missing-file',
      'onnx/affine-external.weights.bin',
      /stages\["toy.affine-external"\].externalData\[0\]/,
    );
  });

  it('reports a wrong sha256 with expected and actual', async () => {
    const dir = tinyCopy();
    const bytes = readFileSync(join(dir, 'onnx/affine.onnx'));
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
    writeFileSync(join(dir, 'onnx/affine.onnx'), bytes);
    const expected = (
      JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as {
        stages: Record<string, { sha256: string }>;
      }
    ).stages['toy.affine']?.sha256;
    await expectFailure(
      dir,
      'sha256-mismatch',
      'onnx/affine.onnx',
      new RegExp(
        `sha256 is [0-9a-f]{64}, the manifest \\(stages\\["toy.affine"\\].sha256\\) says ${expected}`,
      ),
    );
  });

  it('reports a wrong size before hashing', async () => {
    const dir = tinyCopy();
    replaceFile(dir, 'glyph_atlas.json', '{}\n', { keepManifest: true });
    await expectFailure(dir, 'size-mismatch', 'glyph_atlas.json', /size is 3 bytes, .* says 52/);
  });

  it('checks sizes only when asked to', async () => {
    const dir = tinyCopy();
    editManifest(dir, (m) => {
      (m.glyphs as { sha256: string }).sha256 = '0'.repeat(64);
    });
    await expect(loadModelPackage(dir, { ...quiet(), verify: 'size' })).resolves.toBeDefined();
    await expect(loadModelPackage(dir, quiet())).rejects.toThrow(/sha256 is/);
  });

  it('reports a malformed manifest with the path of the bad field', async () => {
    const dir = tinyCopy();
    editManifest(dir, (m) => {
      m.codebooks.grids[1]!.K = -3;
    });
    await expectFailure(dir, 'malformed-manifest', 'model.json', /codebooks.grids\[1\].K/);
  });

  it('reports codebooks whose sizes or hashes disagree with the manifest', async () => {
    const dir = tinyCopy();
    editManifest(dir, (m) => {
      m.codebooks.grids[0]!.patch = 4;
      m.codebooks.grids[0]!.length = 192;
    });
    await expectFailure(
      dir,
      'codebook-mismatch',
      'codebooks/codebooks.bin',
      /codebook 0 .*file vs manifest: patch 2 vs 4, length 48 vs 192/,
    );
    editManifest(dir, (m) => {
      m.codebooks.grids[0]!.patch = 2;
      m.codebooks.grids[0]!.length = 48;
      m.codebooks.grids[1]!.sha256 = 'f'.repeat(64);
    });
    await expectFailure(
      dir,
      'codebook-mismatch',
      'codebooks/codebooks.bin',
      /codebook 1 .*sha256 of its centroids is [0-9a-f]{64}, the manifest says f{64}/,
    );
  });

  it('reports a glyph atlas that is not JSON', async () => {
    const dir = tinyCopy();
    replaceFile(dir, 'glyph_atlas.json', '{ nope');
    await expectFailure(dir, 'malformed-file', 'glyph_atlas.json', /glyph atlas is not valid JSON/);
  });
});
