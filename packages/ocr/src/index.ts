export { createOcrReader } from './reader.ts';
export { normaliseText, textMatches } from './normalise-text.ts';
export { defaultModelDir, MODEL_FILES } from './model-paths.ts';
export type {
  CropPadding,
  DetectedBox,
  DetectOptions,
  OcrBox,
  OcrImage,
  OcrLine,
  OcrReader,
  OcrReaderOptions,
  ReadOptions,
  Recognition,
  RecognizeOptions,
} from './types.ts';
