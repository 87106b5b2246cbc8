// `pnpm eval:plans`: the Plan Lab's promises measured on held-out prompts. Prints one JSON line.
//   lock_locality: lock rows 0–7 of the layout plan, resample the rest with another seed (the
//     node defaults: temperature 0.9, top-p 0.75), render both (expand 64 → decode, same
//     expand/decode seeds; the resample's fine plan keeps the original's fine cells under the
//     locked layout cells, as plan.expand does with `keep` + `lock` in the Plan Lab) and compare the mean absolute pixel change inside the locked half to
//     that outside it (per prompt, then the mean over prompts whose render changed at all).
//     `*_pooled` is the ratio of the two means over all prompts (weighted by how much changed).
//     `lock_locality_hot` does the same resampling at temperature 1.5, top-p 1: this small planner
//     writes nearly the same lower half once the upper half is fixed, so at the defaults the
//     resample changes few tokens and the ratio mostly measures the decoder's global spread.
//   edit_effect: paint a 4×4 block of background cells with the code whose centroid is nearest
//     the palette colour (not white or black) farthest from the block's rendered colour; success
//     when that colour dominates the block (most pixels nearest to it) in the new render.
//   resample_to_image_s: median seconds from "resample" to the new image (plan + expand + decode).
//   options: --n N (prompts, default 20), --steps S (decoder steps, default: the model's), --model DIR
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyPlanEdits, type TokenPlan } from '@tessera/protocol';
import {
  decodeImage,
  expandPlan,
  keepLockedCells,
  loadModelPackage,
  pipelineModelFromPackage,
} from '../src/index.ts';
import { planLayout } from '../src/index.ts';
import { loadHeldoutSuite } from '../src/evaluation/heldout.ts';
import {
  backgroundBlock,
  distance,
  dominantName,
  meanAbsDiff,
  meanColour,
  nearestCode,
  type Rgb,
} from './plan-metrics.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20' },
    steps: { type: 'string' },
    model: { type: 'string', default: path.join(repoRoot, 'models/tessera-tiny') },
  },
});

const started = performance.now();
const logger = {
  info: (message: string) => process.stderr.write(`[inference] ${message}\n`),
  warn: (message: string) => process.stderr.write(`[inference] ${message}\n`),
};
const pkg = await loadModelPackage(values.model, { logger });
const model = pipelineModelFromPackage(pkg);
const suite = loadHeldoutSuite(path.join(values.model, 'train/heldout_prompts.json'));
const prompts = suite.prompts.slice(0, Number(values.n));
const steps =
  values.steps === undefined ? model.constants.decoderDefaults.steps : Number(values.steps);
const palette = suite.palette as Record<string, Rgb>;
const GRID = model.constants.planner.grid;
const CANVAS = 256;
const CELL = CANVAS / GRID;
const BLOCK = 4;
const topHalf = Uint8Array.from({ length: GRID * GRID }, (_, i) => (i < (GRID * GRID) / 2 ? 1 : 0));

/** The fine plan of each original render, kept under locked cells as the Plan Lab does. */
const fineOf = new Map<TokenPlan, TokenPlan>();

/**
 * expand 64 → decode. With `keep` (a plan rendered before) and `lock`, the fine cells under the
 * locked layout cells are the ones `keep` was rendered from (plan.expand's `keep` + `lock`).
 */
async function render(
  plan: TokenPlan,
  prompt: string,
  keep?: { plan: TokenPlan; lock: Uint8Array },
) {
  let fine = await expandPlan(pkg, model, plan, prompt, { grid: 64, seed: 0 });
  fineOf.set(plan, fine);
  const kept = keep && fineOf.get(keep.plan);
  if (keep && kept) fine = keepLockedCells(fine, kept, keep.lock, GRID);
  return decodeImage(pkg, model, fine, prompt, { steps, seed: 0 });
}

const HOT = { temperature: 1.5, topP: 1 };

interface LockStats {
  readonly ratios: number[];
  readonly inside: number[];
  readonly outside: number[];
  readonly changed: number[];
}
const defaults: LockStats = { ratios: [], inside: [], outside: [], changed: [] };
const hotStats: LockStats = { ratios: [], inside: [], outside: [], changed: [] };

/** Locks rows 0–7 of `original`, resamples the rest with another seed, renders, compares. */
async function lockAndResample(
  original: TokenPlan,
  before: Awaited<ReturnType<typeof render>>,
  prompt: string,
  index: number,
  sampling: { temperature?: number; topP?: number },
) {
  const { plan } = await planLayout(pkg, model, prompt, {
    ...sampling,
    seed: index + 1000,
    forced: { mask: topHalf, ids: original.ids },
  });
  const after = await render(plan, prompt, { plan: original, lock: topHalf });
  return {
    changed: plan.ids.filter((id, i) => id !== original.ids[i]).length,
    inside: meanAbsDiff(before, after, 0, CANVAS / 2),
    outside: meanAbsDiff(before, after, CANVAS / 2, CANVAS),
  };
}

const times: number[] = [];
const edits: boolean[] = [];
const towards: boolean[] = [];

for (const [index, item] of prompts.entries()) {
  const { plan: original } = await planLayout(pkg, model, item.prompt, { seed: index });
  const before = await render(original, item.prompt);

  const t0 = performance.now();
  const lock = await lockAndResample(original, before, item.prompt, index, {});
  times.push((performance.now() - t0) / 1000);
  const hot = await lockAndResample(original, before, item.prompt, index, HOT);
  for (const [stats, result] of [
    [defaults, lock],
    [hotStats, hot],
  ] as const) {
    stats.changed.push(result.changed);
    stats.inside.push(result.inside);
    stats.outside.push(result.outside);
    if (result.outside > 0) stats.ratios.push(result.inside / result.outside);
  }

  const background = palette[item.background?.[0] ?? 'white'] ?? [245, 245, 245];
  const [row, col] = backgroundBlock(before, GRID, CELL, BLOCK, background);
  const box = [col * CELL, row * CELL, (col + BLOCK) * CELL, (row + BLOCK) * CELL] as const;
  const was = meanColour(before, ...box);
  const [target, targetRgb] = Object.entries(palette)
    .filter(([name]) => name !== 'white' && name !== 'black')
    .sort((p, q) => distance(q[1], was) - distance(p[1], was))[0] ?? ['red', [220, 40, 40]];
  const code = nearestCode(pkg.codebookFor(original), targetRgb);
  const painted = applyPlanEdits(original, [
    { op: 'paint', rect: [row, col, row + BLOCK - 1, col + BLOCK - 1], id: code },
  ]);
  const edited = await render(painted, item.prompt);
  const now = meanColour(edited, ...box);
  const hit = dominantName(edited, box, palette) === target;
  edits.push(hit);
  towards.push(distance(now, targetRgb) < distance(was, targetRgb));
  process.stderr.write(
    `[${index + 1}/${prompts.length}] lock: ${lock.changed} tokens resampled, in ${lock.inside.toFixed(2)} / out ${lock.outside.toFixed(2)}; ` +
      `hot: ${hot.changed}, in ${hot.inside.toFixed(2)} / out ${hot.outside.toFixed(2)}; ` +
      `paint ${target} at [${row},${col}]: ${hit ? 'yes' : 'NO'}\n`,
  );
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const share = (xs: boolean[]): number => xs.filter(Boolean).length / Math.max(1, xs.length);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const round = (x: number, digits = 4): number => Number(x.toFixed(digits));
console.log(
  JSON.stringify({
    n: prompts.length,
    lock_locality: round(mean(defaults.ratios)),
    lock_locality_n: defaults.ratios.length,
    lock_locality_pooled: round(mean(defaults.inside) / Math.max(1e-9, mean(defaults.outside))),
    lock_mean_abs_change_inside: round(mean(defaults.inside)),
    lock_mean_abs_change_outside: round(mean(defaults.outside)),
    lock_tokens_resampled_mean: round(mean(defaults.changed), 2),
    lock_prompts_unchanged: defaults.changed.filter((c) => c === 0).length,
    lock_locality_hot: round(mean(hotStats.ratios)),
    lock_locality_hot_pooled: round(mean(hotStats.inside) / Math.max(1e-9, mean(hotStats.outside))),
    lock_hot_mean_abs_change_inside: round(mean(hotStats.inside)),
    lock_hot_mean_abs_change_outside: round(mean(hotStats.outside)),
    lock_hot_tokens_resampled_mean: round(mean(hotStats.changed), 2),
    edit_effect: round(share(edits)),
    edit_towards_target: round(share(towards)),
    resample_to_image_s: round(median(times), 3),
    decoder_steps: steps,
    seconds: Math.round((performance.now() - started) / 1000),
  }),
);
