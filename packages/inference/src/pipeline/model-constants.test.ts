import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyConstantsFromManifest } from './model-constants.ts';
import { TINY_MODEL_DIR } from './tiny-test-model.ts';

const manifest = JSON.parse(readFileSync(resolve(TINY_MODEL_DIR, 'model.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('tinyConstantsFromManifest', () => {
  it('reads the tokenizer, grids, samplers and glyph layout of tessera-tiny', () => {
    const c = tinyConstantsFromManifest(manifest);
    expect(c.modelId).toBe('tessera-tiny');
    expect(c.planner).toEqual({
      tokenizer: {
        padId: 256,
        bosId: 257,
        boiId: 258,
        layoutCodeOffset: 259,
        promptSlot: 160,
        maxPromptBytes: 159,
      },
      layers: 6,
      heads: 8,
      headDim: 32,
      codes: 512,
      grid: 16,
    });
    expect(c.plannerDefaults).toEqual({ temperature: 0.9, topP: 0.75, topK: 0 });
    expect(c.expander.fineGrids).toEqual([
      { grid: 32, codes: 1024 },
      { grid: 64, codes: 1024 },
    ]);
    expect(c.decoder.grids.map((g) => [g.grid, g.nullId])).toEqual([
      [16, 512],
      [32, 1024],
      [64, 1024],
    ]);
    expect(c.decoder.textLength).toBe(24);
    expect(c.decoderDefaults).toEqual({ steps: 20, guidance: 1.5, shift: 2 });
    expect(c.glyphs).toMatchObject({
      canvas: 256,
      sizesPx: [42, 34, 28],
      maxWidthPx: 232,
      marginPx: 12,
    });
  });

  it('names what is missing from a broken manifest', () => {
    const { tokenizer: _dropped, ...broken } = manifest;
    expect(() => tinyConstantsFromManifest(broken)).toThrow(/tokenizer/);
  });
});
