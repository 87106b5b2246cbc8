// Times upscaleImage on a 256×256 picture with the committed upscalers (warm session, median
// of 3 runs) and prints one JSON line. For README figures and `pnpm bench:models`.
//   pnpm --filter @tessera/inference exec tsx src/upscale/bench-upscale.ts [tileSize ...]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InferenceSession } from 'onnxruntime-node';
import { tesseraTinyOnnxDir } from './convert/paths.ts';
import { referenceInput } from './reference/reference-input.ts';
import { UPSCALE_TILE_SIZE, upscaleImage } from './upscale-image.ts';
import { UPSCALE_FACTORS, upscaleFileName } from './upscale-model.ts';

const SIZE = 256;
const RUNS = 3;

/** Median milliseconds per factor and tile size, keyed `x<f>_tile<size>_ms`. */
export async function benchUpscale(tileSizes: readonly number[]): Promise<Record<string, number>> {
  const rgb = Uint8Array.from(referenceInput(SIZE, SIZE, 5));
  const results: Record<string, number> = {};
  for (const factor of UPSCALE_FACTORS) {
    const session = await InferenceSession.create(
      join(tesseraTinyOnnxDir(), upscaleFileName(factor)),
    );
    for (const tileSize of tileSizes) {
      await upscaleImage(session, rgb, SIZE, SIZE, { factor, tileSize });
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        await upscaleImage(session, rgb, SIZE, SIZE, { factor, tileSize });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      results[`x${factor}_tile${tileSize}_ms`] = Math.round(times[Math.floor(RUNS / 2)]!);
    }
    await session.release();
  }
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number);
  const results = await benchUpscale(sizes.length > 0 ? sizes : [UPSCALE_TILE_SIZE]);
  console.log(JSON.stringify({ input: `${SIZE}x${SIZE}`, ...results }));
}
