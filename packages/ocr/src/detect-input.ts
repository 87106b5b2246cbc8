import type { RgbImage } from './image.ts';
import { resizeBilinear } from './resize.ts';

/** ImageNet statistics, applied to channels in B, G, R order as PaddleOCR feeds its DB model. */
const MEAN = [0.485, 0.456, 0.406] as const;
const STD = [0.229, 0.224, 0.225] as const;

export interface DetectInput {
  /** NCHW float32, channels in BGR order. */
  readonly data: Float32Array;
  readonly width: number;
  readonly height: number;
}

/**
 * The detection input size: the longer side scaled down to at most `limitSideLen` (never up),
 * then each side rounded to the nearest multiple of 32 (at least 32).
 */
export function detectInputSize(
  width: number,
  height: number,
  limitSideLen: number,
): { width: number; height: number } {
  const longest = Math.max(width, height);
  const ratio = longest > limitSideLen ? limitSideLen / longest : 1;
  const round32 = (side: number): number =>
    Math.max(Math.round(Math.floor(side * ratio) / 32) * 32, 32);
  return { width: round32(width), height: round32(height) };
}

/** Resizes and normalises an image for the PP-OCRv4 detection model. */
export function prepareDetectInput(image: RgbImage, limitSideLen: number): DetectInput {
  const size = detectInputSize(image.width, image.height, limitSideLen);
  const pixels = resizeBilinear(image, size.width, size.height);
  const plane = size.width * size.height;
  const data = new Float32Array(plane * 3);
  for (let c = 0; c < 3; c++) {
    // Output channel c holds the source channel 2 - c (RGB -> BGR).
    const mean = MEAN[c] ?? 0;
    const std = STD[c] ?? 1;
    const source = 2 - c;
    const offset = c * plane;
    for (let i = 0; i < plane; i++) {
      data[offset + i] = ((pixels[i * 3 + source] ?? 0) / 255 - mean) / std;
    }
  }
  return { data, width: size.width, height: size.height };
}
