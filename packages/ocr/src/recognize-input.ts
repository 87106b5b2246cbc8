import type { RgbImage } from './image.ts';
import { resizeBilinear } from './resize.ts';

/** PP-OCRv4 recognition input height. */
export const REC_HEIGHT = 48;
/** Inputs are padded to at least this width (PaddleOCR's 3×48×320 shape). */
export const REC_MIN_WIDTH = 320;
/** Very long crops are squeezed to this width. */
export const REC_MAX_WIDTH = 3200;

export interface RecognizeInput {
  /** NCHW float32 (N = 1), channels in BGR order, values in [-1, 1], zero padding on the right. */
  readonly data: Float32Array;
  readonly width: number;
  /** Width of the resized crop inside the padded input. */
  readonly contentWidth: number;
}

/** Resizes a crop to height 48 keeping its aspect, normalises to [-1, 1] and pads the width. */
export function prepareRecognizeInput(crop: RgbImage): RecognizeInput {
  const aspect = crop.width / crop.height;
  const contentWidth = Math.max(1, Math.min(Math.ceil(REC_HEIGHT * aspect), REC_MAX_WIDTH));
  const width = Math.max(REC_MIN_WIDTH, contentWidth);
  const pixels = resizeBilinear(crop, contentWidth, REC_HEIGHT);
  const plane = width * REC_HEIGHT;
  const data = new Float32Array(plane * 3);
  for (let c = 0; c < 3; c++) {
    const source = 2 - c; // RGB -> BGR
    const offset = c * plane;
    for (let y = 0; y < REC_HEIGHT; y++) {
      for (let x = 0; x < contentWidth; x++) {
        const value = pixels[(y * contentWidth + x) * 3 + source] ?? 0;
        data[offset + y * width + x] = value / 127.5 - 1;
      }
    }
  }
  return { data, width, contentWidth };
}
