import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESSERA_TINY_DIR, TINY_PACKAGE_DIR } from '../testing/fixture-paths.ts';
import { isModelStage } from './manifest-schema.ts';
import { ModelPackageError } from './model-package-error.ts';
import { parseManifest, parseManifestText } from './parse-manifest.ts';

const readJson = (dir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as Record<string, unknown>;

function rejection(json: unknown): ModelPackageError {
  try {
    parseManifest(json, '/pkg/model.json');
  } catch (error) {
    if (error instanceof ModelPackageError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const tiny = (): Record<string, unknown> & { stages: Record<string, Record<string, unknown>> } =>
  readJson(TINY_PACKAGE_DIR) as ReturnType<typeof tiny>;

describe('parseManifest', () => {
  it('reads the real tessera-tiny manifest, note-only stage included', () => {
    const manifest = parseManifest(readJson(TESSERA_TINY_DIR), 'model.json');
    expect(manifest.id).toBe('tessera-tiny');
    const withFiles = Object.entries(manifest.stages).filter(([, s]) => isModelStage(s));
    expect(withFiles.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ar.plan', 'plan.expand', 'diffusion.decode']),
    );
    expect(manifest.codebooks.grids.map((g) => [g.grid, g.patch, g.K])).toEqual([
      [16, 16, 512],
      [32, 8, 1024],
      [64, 4, 1024],
    ]);
  });

  it('keeps fields it does not know, so stage-specific settings reach their users', () => {
    const manifest = parseManifest(readJson(TESSERA_TINY_DIR), 'model.json');
    const decoder = manifest.stages['diffusion.decode'];
    expect(decoder && (decoder.sampler as { shift: number }).shift).toBe(2);
  });

  it('accepts a new stage in the same style (an upscaler)', () => {
    const json = tiny();
    json.stages['upscale-x4'] = {
      ...json.stages['toy.affine'],
      inputs: [{ name: 'image', dtype: 'float32', shape: ['batch', 'height', 'width', 3] }],
      outputs: [{ name: 'upscaled', dtype: 'float32', shape: ['batch', 'h4', 'w4', 3] }],
      licence: 'MIT',
      tile: 128,
    };
    expect(Object.keys(parseManifest(json, 'model.json').stages)).toContain('upscale-x4');
  });

  it('refuses another format', () => {
    const error = rejection({ ...tiny(), format: 'tessera.workflow' });
    expect(error.kind).toBe('unsupported-manifest');
    expect(error.message).toMatch(/^\/pkg\/model.json: not a Tessera model manifest/);
  });

  it('refuses a newer version, saying to update', () => {
    const error = rejection({ ...tiny(), version: 2 });
    expect(error.kind).toBe('unsupported-manifest');
    expect(error.message).toMatch(/version 2 is newer than this library reads \(1\)/);
  });

  it('names the path of every bad field', () => {
    const json = tiny();
    const stage = json.stages['toy.affine'] as { inputs: { dtype: string }[]; sha256: string };
    stage.inputs[0]!.dtype = 'float128';
    stage.sha256 = 'nope';
    json.stages['toy.affine-external']!.path = '../outside.onnx';
    const error = rejection(json);
    expect(error.kind).toBe('malformed-manifest');
    expect(error.message).toContain('stages["toy.affine"].inputs[0].dtype');
    expect(error.message).toContain('stages["toy.affine"].sha256: expected a sha256');
    expect(error.message).toContain('stages["toy.affine-external"].path: expected a relative path');
  });

  it('refuses a stage that is neither a file nor a note', () => {
    const json = tiny();
    json.stages.odd = { tile: 3 };
    expect(rejection(json).message).toContain('stages.odd.note');
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseManifestText('{ "format": ', 'model.json')).toThrow(/not valid JSON/);
  });
});
