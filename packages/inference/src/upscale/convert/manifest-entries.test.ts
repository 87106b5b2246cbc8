import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  UPSCALE_FACTORS,
  UPSCALE_INPUT,
  UPSCALE_OUTPUT,
  upscaleFileName,
  upscaleStage,
} from '../upscale-model.ts';
import { tesseraTinyOnnxDir } from './paths.ts';

const zTensor = z.object({ name: z.string(), dtype: z.string(), shape: z.array(z.unknown()) });
const zUpscaleStage = z.object({
  path: z.string(),
  bytes: z.number(),
  sha256: z.string(),
  inputs: z.array(zTensor),
  outputs: z.array(zTensor),
  factor: z.number(),
  licence: z.string(),
  origin: z.string(),
});
const zManifest = z.object({ stages: z.record(z.string(), z.unknown()) });

// model.json is written by models/tessera-tiny/train/tools/write_manifest.py; rerun it after
// `convert:upscaler` changes a file.
describe('tessera-tiny model.json', () => {
  it.each(UPSCALE_FACTORS)('describes the committed upscale-x%i.onnx', async (factor) => {
    const onnxDir = tesseraTinyOnnxDir();
    const manifest = zManifest.parse(
      JSON.parse(await readFile(join(onnxDir, '..', 'model.json'), 'utf8')),
    );
    const stage = zUpscaleStage.parse(manifest.stages[upscaleStage(factor)]);
    const bytes = await readFile(join(onnxDir, upscaleFileName(factor)));
    expect(stage).toMatchObject({
      path: `onnx/${upscaleFileName(factor)}`,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      factor,
      inputs: [{ name: UPSCALE_INPUT, dtype: 'float32', shape: ['batch', 3, 'height', 'width'] }],
      outputs: [{ name: UPSCALE_OUTPUT, dtype: 'float32' }],
    });
    expect(stage.licence).toMatch(/^MIT/);
    expect(stage.origin).toContain(`@upscalerjs/esrgan-slim@1.0.0 models/x${factor}`);
  });
});
