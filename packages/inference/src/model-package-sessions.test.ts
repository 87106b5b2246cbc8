import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { afterEach, describe, expect, it } from 'vitest';
import { FileDigests } from './manifest/file-digests.ts';
import { ModelPackageError } from './manifest/model-package-error.ts';
import { type ModelPackage, loadModelPackage } from './model-package.ts';
import { silentLogger } from './session/logger.ts';
import { SessionCache } from './session/session-cache.ts';
import { TINY_PACKAGE_DIR, copyPackage } from './testing/fixture-paths.ts';
import { type ManifestJson, editManifest, replaceFile } from './testing/package-edits.ts';
import { TINY_AFFINE_EXAMPLE } from './testing/tiny-package.ts';

let cache = new SessionCache();
const copies: { remove(): void }[] = [];
afterEach(async () => {
  copies.splice(0).forEach((copy) => copy.remove());
  await cache.dispose();
  cache = new SessionCache();
});

function load(dir = TINY_PACKAGE_DIR): Promise<ModelPackage> {
  return loadModelPackage(dir, {
    sessionCache: cache,
    digests: new FileDigests(),
    logger: silentLogger,
  });
}

function editedCopy(edit: (manifest: ManifestJson) => void): string {
  const copy = copyPackage();
  copies.push(copy);
  editManifest(copy.dir, edit);
  return copy.dir;
}

async function sessionFailure(pkg: ModelPackage, stage: string): Promise<ModelPackageError> {
  const error: unknown = await pkg.session(stage).then(
    () => new Error('loaded'),
    (e: unknown) => e,
  );
  if (error instanceof ModelPackageError) return error;
  throw error;
}

type Signature = { name: string; dtype: string; shape: (string | number)[] }[];
const inputsOf = (m: ManifestJson): Signature => m.stages['toy.affine']!.inputs as Signature;
const outputsOf = (m: ManifestJson): Signature => m.stages['toy.affine']!.outputs as Signature;

describe('ModelPackage sessions', () => {
  it('runs a stage and computes the model', async () => {
    const session = await (await load()).session('toy.affine');
    const x = new Tensor('float32', Float32Array.from(TINY_AFFINE_EXAMPLE.x), [1, 3]);
    const { y } = await session.run({ x });
    expect(Array.from(y?.data as Float32Array)).toEqual(TINY_AFFINE_EXAMPLE.y);
  });

  it('hands out the same session to every caller and package, loaded once', async () => {
    const [a, b] = await Promise.all([load(), load()]);
    const sessions = await Promise.all([a.session('toy.affine'), b.session('toy.affine')]);
    expect(sessions[0]).toBe(sessions[1]);
    expect(await a.session('toy.affine')).toBe(sessions[0]);
    expect(cache.size).toBe(1);
  });

  it('reports which provider is in use', async () => {
    const loaded = await (await load()).loadedSession('toy.affine');
    expect(loaded).toMatchObject({ provider: 'cpu', requested: ['cpu'], fallbacks: [] });
  });

  it('reports an ONNX file onnxruntime cannot load, naming it', async () => {
    const copy = copyPackage();
    copies.push(copy);
    replaceFile(copy.dir, 'onnx/affine.onnx', 'this is not a protobuf');
    const error = await sessionFailure(await load(copy.dir), 'toy.affine');
    expect(error.kind).toBe('onnx-load-failed');
    expect(error.file).toBe(join(copy.dir, 'onnx/affine.onnx'));
    expect(error.message).toMatch(/onnxruntime cannot load this model: .*Protobuf parsing failed/);
  });

  it('reports input and output names that differ from the manifest', async () => {
    const dir = editedCopy((m) => {
      inputsOf(m)[0]!.name = 'pixels';
      outputsOf(m)[0]!.name = 'out';
    });
    const error = await sessionFailure(await load(dir), 'toy.affine');
    expect(error.kind).toBe('signature-mismatch');
    expect(error.file).toBe(join(dir, 'onnx/affine.onnx'));
    expect(error.message).toContain('input "pixels" is missing (model has "x")');
    expect(error.message).toContain('unexpected input "x"');
    expect(error.message).toContain('output "out" is missing');
  });

  it('reports dtypes and shapes that differ from the manifest', async () => {
    const dir = editedCopy((m) => {
      inputsOf(m)[0]!.dtype = 'int64';
      inputsOf(m)[0]!.shape = ['batch', 4];
      outputsOf(m)[0]!.shape = [1, 2];
    });
    const error = await sessionFailure(await load(dir), 'toy.affine');
    expect(error.message).toContain('input "x" has dtype float32, manifest says int64');
    expect(error.message).toContain('input "x" has shape ["batch", 3], manifest says ["batch", 4]');
    expect(error.message).toContain('output "y" has shape ["batch", 2], manifest says [1, 2]');
  });

  it('refuses an unknown stage, listing the stages', async () => {
    const error = await sessionFailure(await load(), 'ar.plan');
    expect(error.kind).toBe('unknown-stage');
    expect(error.message).toMatch(/no stage "ar.plan"; the package has "toy.affine"/);
  });

  it('refuses a stage the package describes without a file', async () => {
    const error = await sessionFailure(await load(), 'image.upscale');
    expect(error.message).toMatch(/stage "image.upscale" has no model file in this package/);
  });

  it('loads and checks every stage up front when asked', async () => {
    const dir = editedCopy((m) => {
      inputsOf(m)[0]!.name = 'pixels';
    });
    const options = { sessionCache: cache, logger: silentLogger, preload: true } as const;
    await expect(loadModelPackage(TINY_PACKAGE_DIR, options)).resolves.toBeDefined();
    expect(cache.size).toBe(2);
    await expect(loadModelPackage(dir, options)).rejects.toThrow(/input "pixels" is missing/);
  });
});
