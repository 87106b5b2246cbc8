import type { InferenceSession } from 'onnxruntime-node';
import type { SessionSource } from '../session/session-source.ts';
import { planesToRgb, rgbToPlanes } from './rgb-planes.ts';
import { runUpscaleModel } from './run-upscale-model.ts';
import { planTiles } from './tile-grid.ts';
import { isUpscaleFactor, type UpscaleFactor, upscaleStage } from './upscale-model.ts';

/**
 * A 256×256 canvas (tessera-tiny's) runs in one piece: at ×4 that was about twice as fast as
 * four 128 tiles here, for about 800 MB peak RSS instead of 380 MB. Larger images are tiled.
 */
export const UPSCALE_TILE_SIZE = 256;
/** Above the esrgan-slim receptive radius (10 px), so tiles meet without seams. */
export const UPSCALE_OVERLAP = 16;

export interface UpscaleProgress {
  /** Tiles finished so far (1 after the first). */
  readonly tile: number;
  readonly tiles: number;
}

export interface UpscaleOptions {
  readonly factor: UpscaleFactor;
  /** Largest core of a tile, in input pixels; the model sees up to tileSize + 2·overlap. */
  readonly tileSize?: number;
  /** Context pixels on each inner side of a tile (see tile-grid.ts). */
  readonly overlap?: number;
  /** Checked before each tile; an aborted run rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: UpscaleProgress) => void;
}

/**
 * Upscales an HWC RGB byte image ×2 or ×4 with a converted upscaler (upscale-model.ts), tile by
 * tile, and returns the HWC RGB bytes of (width·f) × (height·f). `session` is the upscaler's
 * session, or a SessionSource asked for stage `upscale-x<f>` (upscaleStage).
 */
export async function upscaleImage(
  session: InferenceSession | SessionSource,
  rgb: Uint8Array,
  width: number,
  height: number,
  options: UpscaleOptions,
): Promise<Uint8Array> {
  const { factor, tileSize = UPSCALE_TILE_SIZE, overlap = UPSCALE_OVERLAP, signal } = options;
  if (!isUpscaleFactor(factor)) {
    throw new RangeError(`factor must be 2 or 4, got ${String(factor)}`);
  }
  const tiles = planTiles(width, height, tileSize, overlap);
  if (rgb.length !== width * height * 3) {
    throw new RangeError(
      `expected ${width}×${height}×3 = ${width * height * 3} bytes, got ${rgb.length}`,
    );
  }
  signal?.throwIfAborted();
  const model = isSessionSource(session) ? await session.session(upscaleStage(factor)) : session;
  const outWidth = width * factor;
  const out = new Uint8Array(outWidth * height * factor * 3);
  for (const [index, { core, context }] of tiles.entries()) {
    signal?.throwIfAborted();
    const planes = await runUpscaleModel(
      model,
      rgbToPlanes(rgb, width, context),
      context.width,
      context.height,
      factor,
    );
    const from = {
      x: (core.x - context.x) * factor,
      y: (core.y - context.y) * factor,
      width: core.width * factor,
      height: core.height * factor,
    };
    const to = { x: core.x * factor, y: core.y * factor };
    planesToRgb(planes, context.width * factor, context.height * factor, from, out, outWidth, to);
    options.onProgress?.({ tile: index + 1, tiles: tiles.length });
  }
  return out;
}

function isSessionSource(value: InferenceSession | SessionSource): value is SessionSource {
  return !('run' in value);
}
