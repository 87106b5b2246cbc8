import { boxesFromProbabilityMap, DB_DEFAULTS } from './db-postprocess.ts';
import { ctcGreedyDecodeAligned } from './ctc-decode.ts';
import { prepareDetectInput } from './detect-input.ts';
import { loadAlphabet } from './dictionary.ts';
import type { Alphabet } from './dictionary.ts';
import { clampBox, cropRgb, expandBox, toRgb } from './image.ts';
import type { RgbImage } from './image.ts';
import { resolveModelPaths } from './model-paths.ts';
import { mergeLineBoxes } from './merge-boxes.ts';
import { sortReadingOrder } from './reading-order.ts';
import { prepareRecognizeInput, REC_HEIGHT } from './recognize-input.ts';
import { loadModelSession } from './sessions.ts';
import { findWordGaps } from './word-gaps.ts';
import { insertWordSpaces } from './word-spaces.ts';
import type { ModelSession } from './sessions.ts';
import type {
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
  WordGapOption,
} from './types.ts';

const DEFAULT_LIMIT_SIDE = 960;
const DEFAULT_MIN_CONFIDENCE = 0.5;
const DEFAULT_CROP_MARGIN = 0.1;
const DEFAULT_PADDING_X = 0.15;
const DEFAULT_PADDING_Y = 0.4;
const DEFAULT_MERGE_GAP = 1;
const DEFAULT_WORD_GAP = 0.4;

/** Loads the PP-OCRv4 detection and recognition models once and returns a reader over them. */
export async function createOcrReader(options: OcrReaderOptions = {}): Promise<OcrReader> {
  const paths = resolveModelPaths(options.modelDir);
  const threads = options.threads ?? 1;
  const detector = await loadModelSession(paths.detection, threads);
  let recognizer: ModelSession;
  let alphabet: Alphabet;
  try {
    recognizer = await loadModelSession(paths.recognition, threads);
    const probe = await recognizer.run(new Float32Array(3 * REC_HEIGHT * 32), [
      1,
      3,
      REC_HEIGHT,
      32,
    ]);
    alphabet = await loadAlphabet(paths.dictionary, probe.dims[2] ?? 0);
  } catch (error) {
    await detector.release();
    throw error;
  }
  return new PaddleOcrReader(detector, recognizer, alphabet);
}

class PaddleOcrReader implements OcrReader {
  private closed = false;

  constructor(
    private readonly detector: ModelSession,
    private readonly recognizer: ModelSession,
    private readonly alphabet: Alphabet,
  ) {}

  async read(image: OcrImage, options: ReadOptions = {}): Promise<OcrLine[]> {
    const rgb = toRgb(image);
    const detected = await this.detectRgb(rgb, options);
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const margin = options.cropMargin ?? DEFAULT_CROP_MARGIN;
    const lines: OcrLine[] = [];
    for (const { box } of detected) {
      const { text, confidence } = await this.recognizeBox(rgb, box, margin, options);
      if (text === '' || confidence < minConfidence) continue;
      lines.push({ text, confidence, box });
    }
    return sortReadingOrder(lines);
  }

  async detect(image: OcrImage, options: DetectOptions = {}): Promise<DetectedBox[]> {
    return sortReadingOrder(await this.detectRgb(toRgb(image), options));
  }

  async recognize(
    image: OcrImage,
    region?: OcrBox,
    options: RecognizeOptions = {},
  ): Promise<Recognition> {
    const rgb = toRgb(image);
    const whole = { x: 0, y: 0, width: rgb.width, height: rgb.height };
    return this.recognizeBox(rgb, region ?? whole, options.margin ?? 0, {
      paddingX: options.paddingX ?? 0,
      paddingY: options.paddingY ?? 0,
      ...(options.wordGap !== undefined ? { wordGap: options.wordGap } : {}),
    });
  }

  async readAll(image: OcrImage, options?: ReadOptions): Promise<string> {
    const lines = await this.read(image, options);
    return lines.map((line) => line.text).join('\n');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.detector.release(), this.recognizer.release()]);
  }

  private async detectRgb(rgb: RgbImage, options: DetectOptions): Promise<DetectedBox[]> {
    this.assertOpen();
    const input = prepareDetectInput(rgb, options.limitSideLen ?? DEFAULT_LIMIT_SIDE);
    const output = await this.detector.run(input.data, [1, 3, input.height, input.width]);
    const [, , mapHeight = 0, mapWidth = 0] = output.dims;
    const map = { data: output.data, width: mapWidth, height: mapHeight };
    const boxes = boxesFromProbabilityMap(map, rgb.width, rgb.height, {
      threshold: options.threshold ?? DB_DEFAULTS.threshold,
      boxThreshold: options.boxThreshold ?? DB_DEFAULTS.boxThreshold,
      unclipRatio: options.unclipRatio ?? DB_DEFAULTS.unclipRatio,
      maxCandidates: options.maxCandidates ?? DB_DEFAULTS.maxCandidates,
    });
    return mergeLineBoxes(boxes, options.mergeGap ?? DEFAULT_MERGE_GAP);
  }

  /**
   * Crops `box` with `margin` of context, pads it by repeating its edges, recognises it, and
   * reads the word gaps the recogniser read no space in as spaces.
   */
  private async recognizeBox(
    rgb: RgbImage,
    box: OcrBox,
    margin: number,
    options: CropPadding & WordGapOption,
  ): Promise<Recognition> {
    this.assertOpen();
    const inner = clampBox(expandBox(box, margin), rgb.width, rgb.height);
    if (inner === null) throw new RangeError('OCR region lies outside the image');
    const padX = Math.round(inner.height * Math.max(0, options.paddingX ?? DEFAULT_PADDING_X));
    const padY = Math.round(inner.height * Math.max(0, options.paddingY ?? DEFAULT_PADDING_Y));
    const crop = cropRgb(rgb, inner, padX, padY);
    const input = prepareRecognizeInput(crop);
    const output = await this.recognizer.run(input.data, [1, 3, REC_HEIGHT, input.width]);
    const [, steps = 0, classes = 0] = output.dims;
    const read = ctcGreedyDecodeAligned(output.data, steps, classes, this.alphabet);
    // Where each character was read, in the columns of the unpadded crop.
    const columnsPerStep = (input.width / Math.max(1, steps)) * (crop.width / input.contentWidth);
    const xs = read.steps.map((step) => (step + 0.5) * columnsPerStep - padX);
    const gaps = findWordGaps(cropRgb(rgb, inner), options.wordGap ?? DEFAULT_WORD_GAP);
    const text = insertWordSpaces(read.text, xs, gaps);
    // Spaces at the ends come from the background around the text, not from the text.
    return { text: text.trim(), confidence: read.confidence };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('OCR reader is closed');
  }
}
