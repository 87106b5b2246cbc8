// `tsx bench/engine-overhead.ts [--pairs N] [--steps S]` (in packages/engine): prints one JSON line.
// - overhead: the poster's model path (plan, expand, decode at S steps, upscale) through a fresh
//   engine vs the same planLayout/expandPlan/decodeImage/upscaleImage calls made directly (with the
//   options and hooks the nodes pass, the hooks no-ops), in this process. N pairs, each a direct
//   run and an engine run back to back, which goes first alternating, so that noise from other
//   processes hits both sides of a pair alike. `engineOverheadPct` = median over the pairs of
//   engine / direct − 1, in %, with its interquartile range (`engineOverheadPctSpread`): one slow
//   run moves it little, unlike a ratio of two minimums. `engineCpuOverheadPct`: the same with the
//   CPU time of this process (all threads) instead of wall-clock time: on a machine that other
//   processes keep busy, the work done varies far less than the time it takes.
// - cache: the full poster (with image.save) on one engine, then the same workflow again: every
//   node is a cache hit. `cachedRerunRatio` = cached / full (fastest of N each).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { WorkflowDocument } from '@tessera/graph';
import { silentLogger } from '@tessera/inference';
import { createBuiltinRegistry, createOutputFolder, lazyModelAccess } from '@tessera/nodes';
import { createEngine } from '../src/engine.ts';
import { directPoster } from './direct-poster.ts';
import { TESSERA_TINY, poster, posterModelPath } from './poster-variants.ts';

const { values: args } = parseArgs({
  options: { pairs: { type: 'string', default: '11' }, steps: { type: 'string', default: '4' } },
});
const PAIRS = Math.max(1, Number(args.pairs));
const STEPS = Math.max(1, Number(args.steps));

const models = lazyModelAccess(TESSERA_TINY, { logger: silentLogger });
const registry = createBuiltinRegistry();
const model = await models.load();
const out = mkdtempSync(join(tmpdir(), 'tessera-bench-engine-'));

/** The `q`-quantile (0..1) of `xs`, interpolated between ranks. */
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(at)] ?? Number.NaN;
  const hi = sorted[Math.ceil(at)] ?? Number.NaN;
  return lo + (hi - lo) * (at - Math.floor(at));
}

/** CPU seconds (user + system, all threads) `fn` took, with its wall-clock time in ms. */
async function cpuAndMs(fn: () => Promise<unknown>): Promise<{ cpu: number; ms: number }> {
  const before = process.cpuUsage();
  const wall = await ms(fn);
  const { user, system } = process.cpuUsage(before);
  return { cpu: (user + system) / 1e6, ms: wall };
}

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function throughEngine(workflow: WorkflowDocument): Promise<void> {
  const engine = createEngine({ registry, models, files: createOutputFolder(out) });
  const result = await engine.run({ workflow });
  if (result.status !== 'succeeded') throw new Error(`engine run ${result.status}`);
}

try {
  const doc = posterModelPath(STEPS);
  await directPoster(model, doc); // warm-up: sessions, JIT
  await throughEngine(doc);
  const direct: number[] = [];
  const engine: number[] = [];
  const directCpu: number[] = [];
  const engineCpu: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternate which goes first, so that neither always follows the other.
    const timeDirect = async () => {
      const { cpu, ms: wall } = await cpuAndMs(() => directPoster(model, doc));
      direct.push(wall);
      directCpu.push(cpu);
    };
    const timeEngine = async () => {
      const { cpu, ms: wall } = await cpuAndMs(() => throughEngine(doc));
      engine.push(wall);
      engineCpu.push(cpu);
    };
    if (i % 2 === 0) await timeDirect().then(timeEngine);
    else await timeEngine().then(timeDirect);
  }

  const full: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < Math.min(PAIRS, 2); i++) {
    const cachedEngine = createEngine({ registry, models, files: createOutputFolder(out) });
    const workflow = poster(STEPS);
    full.push(await ms(() => cachedEngine.run({ workflow })));
    for (let j = 0; j < 3; j++) cached.push(await ms(() => cachedEngine.run({ workflow })));
  }

  const overheadPct = direct.map((d, i) => (engine[i]! / d - 1) * 100);
  const cpuOverheadPct = directCpu.map((d, i) => (engineCpu[i]! / d - 1) * 100);
  const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
  console.log(
    JSON.stringify({
      decodeSteps: STEPS,
      pairs: PAIRS,
      directMs: round(quantile(direct, 0.5), 1),
      engineMs: round(quantile(engine, 0.5), 1),
      engineOverheadPct: round(quantile(overheadPct, 0.5), 2),
      engineOverheadPctSpread: {
        p25: round(quantile(overheadPct, 0.25), 2),
        p75: round(quantile(overheadPct, 0.75), 2),
      },
      engineCpuOverheadPct: round(quantile(cpuOverheadPct, 0.5), 2),
      engineCpuOverheadPctSpread: {
        p25: round(quantile(cpuOverheadPct, 0.25), 2),
        p75: round(quantile(cpuOverheadPct, 0.75), 2),
      },
      fullRunMs: round(Math.min(...full), 1),
      cachedRerunMs: round(Math.min(...cached), 2),
      cachedRerunRatio: round(Math.min(...cached) / Math.min(...full), 5),
    }),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
