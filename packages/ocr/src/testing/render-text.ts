import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { OcrImage } from '../types.ts';

const FONT_PATH = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const FONT_FAMILY = 'OcrTestSansBold';
let fontRegistered = false;

export interface TextItem {
  readonly text: string;
  /** Left edge of the text, in pixels. */
  readonly x: number;
  /** Top of the em box, in pixels. */
  readonly y: number;
  /** Font size in pixels. */
  readonly size: number;
  readonly color?: string;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly texts: readonly TextItem[];
}

function registerFont(): void {
  if (fontRegistered) return;
  if (GlobalFonts.registerFromPath(FONT_PATH, FONT_FAMILY) === null) {
    throw new Error(`could not register ${FONT_PATH}`);
  }
  fontRegistered = true;
}

/** The advance width of `text` at `size` px in the test font. */
export function measureTextWidth(text: string, size: number): number {
  registerFont();
  const context = createCanvas(1, 1).getContext('2d');
  context.font = `${size}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** Renders text with DejaVu Sans Bold and returns the RGBA pixels (test fixture only). */
export function renderScene(scene: Scene): OcrImage {
  registerFont();
  const canvas = createCanvas(scene.width, scene.height);
  const context = canvas.getContext('2d');
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.width, scene.height);
  context.textBaseline = 'top';
  for (const item of scene.texts) {
    context.font = `${item.size}px ${FONT_FAMILY}`;
    context.fillStyle = item.color ?? '#000000';
    context.fillText(item.text, item.x, item.y);
  }
  const pixels = context.getImageData(0, 0, scene.width, scene.height);
  return { data: pixels.data, width: scene.width, height: scene.height, channels: 4 };
}

/** Converts RGBA pixels to packed RGB, to exercise the 3-channel input path. */
export function rgbaToRgb(image: OcrImage): OcrImage {
  const pixels = image.width * image.height;
  const rgb = new Uint8Array(pixels * 3);
  for (let i = 0; i < pixels; i++) {
    rgb[i * 3] = image.data[i * 4] ?? 0;
    rgb[i * 3 + 1] = image.data[i * 4 + 1] ?? 0;
    rgb[i * 3 + 2] = image.data[i * 4 + 2] ?? 0;
  }
  return { data: rgb, width: image.width, height: image.height };
}
