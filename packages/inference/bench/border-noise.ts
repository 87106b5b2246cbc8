// `tsx bench/border-noise.ts [--model DIR] [--steps 20]` (in packages/inference): how much of the
// decoder's start noise is left in its images, by distance to the border. Prints one JSON line:
// - roughness: mean |pixel − mean of its 4 neighbours| (0–255 scale, edge rows clamped) by distance
//   to the nearest border, 0…7 px, then the interior (8 px and more);
// - noiseCorrelation: correlation between that detail in the outer 4 px band and the same detail of
//   the seeded start noise x_1 there (0: none of the noise is left; 1: the band is noise).
// tessera-tiny leaves a band of noise exactly one pixel-unshuffle cell (4 px) wide; see the
// training recipe's README ("The noisy border band").
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RgbImage } from '@tessera/png';
import { loadModelPackage } from '../src/model-package.ts';
import { decodeImage } from '../src/pipeline/decode-image.ts';
import { expandPlan } from '../src/pipeline/expand-plan.ts';
import { pipelineModelFromPackage } from '../src/pipeline/from-package.ts';
import { planLayout } from '../src/pipeline/plan-layout.ts';
import { createRng } from '../src/rng/seeded-rng.ts';
import { silentLogger } from '../src/session/logger.ts';

const { values: args } = parseArgs({
  options: { model: { type: 'string' }, steps: { type: 'string', default: '20' } },
});
const STEPS = Math.max(1, Number(args.steps));
const PROMPTS = [
  'teal poster, red circle top left, headline "SALE 50" at top center, white footer bar',
  'navy poster, yellow square bottom right, headline "OPEN" at middle',
  'white poster, green circle center, headline "JAZZ" at bottom center',
];
const BAND = 4;
const RINGS = 8;

const pkg = await loadModelPackage(
  resolve(args.model ?? resolve(import.meta.dirname, '../../../models/tessera-tiny')),
  { logger: silentLogger },
);
const model = pipelineModelFromPackage(pkg);

/** Value minus the mean of its 4 neighbours, edge-clamped; `at(x, y)` reads one plane. */
function detail(at: (x: number, y: number) => number, x: number, y: number, side: number): number {
  const clamp = (v: number): number => Math.min(side - 1, Math.max(0, v));
  const around =
    at(clamp(x - 1), y) + at(clamp(x + 1), y) + at(x, clamp(y - 1)) + at(x, clamp(y + 1));
  return at(x, y) - around / 4;
}

const rough = new Array<number>(RINGS + 1).fill(0);
const counts = new Array<number>(RINGS + 1).fill(0);
let [xy, xx, yy] = [0, 0, 0];
for (const [seed, prompt] of PROMPTS.entries()) {
  const signal = new AbortController().signal;
  const sampling = { seed, temperature: 0.9, topP: 0.75, topK: 0, grid: 16 };
  const layout = await planLayout(pkg, model, prompt, sampling, { signal });
  const fine = await expandPlan(pkg, model, layout.plan, prompt, { grid: 64, seed: 0 }, { signal });
  const decoded = { steps: STEPS, guidance: 1.5, seed };
  const image: RgbImage = await decodeImage(pkg, model, fine, prompt, decoded, { signal });
  const side = image.width;
  const noise = new Float32Array(3 * side * side);
  createRng(seed).fillNormal(noise);
  for (let c = 0; c < 3; c++) {
    const pixel = (x: number, y: number): number => image.data[(y * side + x) * 3 + c] ?? 0;
    const start = (x: number, y: number): number => noise[(c * side + y) * side + x] ?? 0;
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) {
        const distance = Math.min(x, y, side - 1 - x, side - 1 - y);
        const d = detail(pixel, x, y, side);
        rough[Math.min(distance, RINGS)]! += Math.abs(d);
        counts[Math.min(distance, RINGS)]! += 1;
        if (distance >= BAND) continue;
        const z = detail(start, x, y, side);
        [xy, xx, yy] = [xy + d * z, xx + d * d, yy + z * z];
      }
  }
}
const round = (x: number): number => Number(x.toFixed(3));
console.log(
  JSON.stringify({
    steps: STEPS,
    images: PROMPTS.length,
    roughness: rough.map((sum, i) => round(sum / (counts[i] ?? 1))),
    noiseCorrelation: round(xy / Math.sqrt(xx * yy)),
  }),
);
