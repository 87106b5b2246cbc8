import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { afterEach, describe, expect, it } from 'vitest';
import { FileDigests } from '../manifest/file-digests.ts';
import { ModelPackageError } from '../manifest/model-package-error.ts';
import { loadModelPackage } from '../model-package.ts';
import { TINY_PACKAGE_DIR, copyPackage } from '../testing/fixture-paths.ts';
import { editManifest } from '../testing/package-edits.ts';
import { TINY_AFFINE, TINY_AFFINE_EXAMPLE } from '../testing/tiny-package.ts';
import { silentLogger } from './logger.ts';
import { SessionCache } from './session-cache.ts';

// ONNX models over 2 GB keep their weights in external-data files next to the model; the
// fixture stage `toy.affine-external` is such a model in miniature (W and b in a .bin file).

const cache = new SessionCache();
const copies: { remove(): void }[] = [];
afterEach(async () => {
  copies.splice(0).forEach((copy) => copy.remove());
  await cache.dispose();
});

const options = { sessionCache: cache, logger: silentLogger, digests: new FileDigests() };

describe('a model with external data', () => {
  it('keeps its weights outside the ONNX file', () => {
    const weights = Buffer.from(Float32Array.from(TINY_AFFINE.weights).buffer);
    const read = (path: string): Buffer => readFileSync(join(TINY_PACKAGE_DIR, path));
    expect(read('onnx/affine.onnx').includes(weights)).toBe(true);
    expect(read('onnx/affine-external.onnx').includes(weights)).toBe(false);
    expect(read('onnx/affine-external.onnx').includes('affine-external.weights.bin')).toBe(true);
    expect(read('onnx/affine-external.weights.bin').includes(weights)).toBe(true);
  });

  it('loads through the package and computes with the external weights', async () => {
    const pkg = await loadModelPackage(TINY_PACKAGE_DIR, options);
    const session = await pkg.session('toy.affine-external');
    const x = new Tensor('float32', Float32Array.from([...TINY_AFFINE_EXAMPLE.x, 0, 0, 0]), [2, 3]);
    const { y } = await session.run({ x });
    expect(Array.from(y?.data as Float32Array)).toEqual([...TINY_AFFINE_EXAMPLE.y, 10, -20]);
  });

  it('names a missing external-data file the manifest does not list', async () => {
    const copy = copyPackage();
    copies.push(copy);
    editManifest(copy.dir, (m) => {
      delete m.stages['toy.affine-external']!.externalData;
    });
    const missing = join(copy.dir, 'onnx/affine-external.weights.bin');
    rmSync(missing);
    const pkg = await loadModelPackage(copy.dir, options);
    const error: unknown = await pkg.session('toy.affine-external').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelPackageError);
    expect(error).toMatchObject({ kind: 'missing-file', file: missing });
    expect((error as Error).message).toMatch(
      /missing: it is an external-data file of .*affine-external.onnx/,
    );
  });
});
