import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipelineModel } from '../pipeline/pipeline-model.ts';
import { TESSERA_TINY_DIR } from '../testing/fixture-paths.ts';
import { ModelPackageError } from './model-package-error.ts';
import { parseManifest } from './parse-manifest.ts';

const manifest = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(TESSERA_TINY_DIR, 'model.json'), 'utf8')) as Record<string, unknown>;
const atlas = (): unknown =>
  JSON.parse(readFileSync(join(TESSERA_TINY_DIR, 'glyph_atlas.json'), 'utf8'));

describe('the prompt language a manifest declares', () => {
  it('is tessera-posters/1 for tessera-tiny, and the pipeline reads prompts with it', () => {
    expect(parseManifest(manifest(), 'model.json').promptLanguage).toBe('tessera-posters/1');
    const model = createPipelineModel(manifest(), atlas());
    expect(model.promptLanguage.understand('"HI" on navy, top').caption).toBe(
      'navy poster, headline "HI" at top center',
    );
  });

  it('is verbatim when the manifest declares none', () => {
    const { promptLanguage: _, ...undeclared } = manifest();
    const model = createPipelineModel(undeclared, atlas());
    expect(model.promptLanguage.understand('"HI" on navy').caption).toBe('"HI" on navy');
  });

  it('refuses a language this build does not know, naming it', () => {
    const unknown = { ...manifest(), promptLanguage: 'posters-in-latin/9' };
    expect(() => parseManifest(unknown, '/pkg/model.json')).toThrow(ModelPackageError);
    expect(() => parseManifest(unknown, '/pkg/model.json')).toThrow(
      /\/pkg\/model\.json: promptLanguage: unknown prompt language "posters-in-latin\/9"/,
    );
    expect(() => createPipelineModel(unknown, atlas())).toThrow(/posters-in-latin\/9/);
  });
});
