import { describe, expect, it } from 'vitest';
import { loadModelPackage } from '../model-package.ts';
import { silentLogger } from '../session/logger.ts';
import { pipelineModelFromPackage } from './from-package.ts';
import { planLayout } from './plan-layout.ts';
import { TINY_MODEL_DIR, tinyModel } from './tiny-test-model.ts';

describe('pipelineModelFromPackage', () => {
  it(
    'reads the same constants from a loaded package, which then serves as the session source',
    { timeout: 60_000 },
    async () => {
      const pkg = await loadModelPackage(TINY_MODEL_DIR, { verify: 'size', logger: silentLogger });
      const model = pipelineModelFromPackage(pkg);
      expect(model.constants).toEqual(tinyModel().constants);
      const { plan } = await planLayout(pkg, model, 'red poster, headline "HI" at top');
      expect(plan.ids.length).toBe(256);
    },
  );

  it('refuses a package without a glyph atlas', () => {
    const pkg = { id: 'bare', manifest: {} as never, glyphAtlas: undefined };
    expect(() => pipelineModelFromPackage(pkg)).toThrow(/bare has no glyph atlas/);
  });
});
