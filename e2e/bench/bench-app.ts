// `pnpm bench:app [--pairs 7] [--browser-pairs 5] [--no-build]`: is the app as fast as its models? One JSON line on stdout.
//
// Builds the web app when its sources changed, then starts, on a free port of 127.0.0.1 with a
// temporary data folder (its own SQLite database) and the hub's output cache off (every node of
// every run executes), the real web server (Next.js, tRPC, Socket.IO, the hub) and one real runner
// process with the bundled model (e2e/support/start-stack.mjs). The baseline is the same workflow
// (models/tessera-tiny/workflows/poster.json) through the engine in one process, with the same
// model package and nodes (packages/engine/bench/direct-worker.ts), started before the app.
// - first_run_ms: the app's first run, queued as soon as the runner is connected.
// - app (client subscribed): queued over HTTP (tRPC runs.enqueue) and watched by a Socket.IO
//   client that hears all of its events, until `run-finished` arrives. PAIRS pairs, each an app
//   run and a direct run in alternating order, so that noise from other processes hits both;
//   `app_over_direct` is the median of the pairs' ratios.
// - app_browser: the same workflow saved, opened in the editor in headless Chromium, and run with
//   its Run button, from the click until its queue row says succeeded (the page draws the plan as
//   it streams, the decoder previews and the output images meanwhile). BROWSER_PAIRS pairs with
//   direct runs, as above: `app_over_direct_browser`.
// - nodes: each node's median wall-clock time, app (hub: from placing it to storing its outputs)
//   and direct (engine: node-started → node-finished).
// Spreads are { median, p25, p75, n }. Everything else (build, server log, notes) goes to stderr.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import { startStack } from '../support/start-stack.mjs';
import { connectAppClient, createWorkflow } from './app/app-runs.ts';
import { openEditor } from './app/browser-runs.ts';
import { type TimedRun, startDirectRunner } from './app/direct-runs.ts';
import { medianPerNode, spread } from './app/stats.ts';
import { median, round } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    pairs: { type: 'string', default: '7' },
    'browser-pairs': { type: 'string', default: '5' },
    /** Use the web app as built, even when its sources changed since. */
    'no-build': { type: 'boolean', default: false },
  },
});
const PAIRS = Math.max(1, Number(args.pairs));
const BROWSER_PAIRS = Math.max(1, Number(args['browser-pairs']));
/** Everything (build excluded) is stopped after this long. */
const LIMIT_MS = 20 * 60_000;

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const workflowFile = path.join(repoRoot, 'models/tessera-tiny/workflows/poster.json');
const note = (line: string): void => void process.stderr.write(`bench:app: ${line}\n`);

function buildIfStale(): void {
  const script =
    "import('./packages/setup/src/build-web.mjs').then((m) => m.buildWebIfStale())" +
    '.catch((e) => { console.error(e); process.exit(1); });';
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) throw new Error('building the web app failed');
}

interface Pairs {
  readonly app: TimedRun[];
  readonly direct: TimedRun[];
}

/** `count` pairs of an app run and a direct run, the order alternating. */
async function interleaved(
  count: number,
  label: string,
  app: () => Promise<TimedRun>,
  direct: () => Promise<TimedRun>,
): Promise<Pairs> {
  const pairs: Pairs = { app: [], direct: [] };
  for (let i = 0; i < count; i++) {
    const runApp = async () => void pairs.app.push(await app());
    const runDirect = async () => void pairs.direct.push(await direct());
    if (i % 2 === 0) await runApp().then(runDirect);
    else await runDirect().then(runApp);
    for (const [side, run] of [
      ['app', pairs.app[i]!],
      ['direct', pairs.direct[i]!],
    ] as const)
      note(`${label} ${i + 1}/${count} ${side}: ${round(run.ms)} ms ${JSON.stringify(run.nodes)}`);
  }
  return pairs;
}

/** The pairs' ratios app / direct, as a spread. */
const ratios = ({ app, direct }: Pairs) =>
  spread(
    app.map((run, i) => run.ms / direct[i]!.ms),
    3,
  );

async function main(): Promise<void> {
  if (args['no-build']) note('--no-build: using the web app as last built');
  else buildIfStale();
  const document = JSON.parse(readFileSync(workflowFile, 'utf8')) as { name: string };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-app-'));
  const direct = await startDirectRunner(workflowFile);
  note('direct worker ready');
  const stack = await startStack({
    port: await freePort(),
    dataDir,
    runnerToken: randomBytes(12).toString('hex'),
    output: 'stderr',
    env: { TESSERA_HUB_CACHE_BYTES: '0' },
  });
  note(`stack ready at ${stack.url}`);
  const client = await connectAppClient(stack.url);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const limit = setTimeout(() => {
    note(`still running after ${LIMIT_MS / 60_000} min: stopping`);
    void stack.stop().finally(() => process.exit(1));
  }, LIMIT_MS);
  try {
    const first = await client.run(document);
    note(`first run ${round(first.ms)} ms ${JSON.stringify(first.nodes)}`);
    await direct.run(); // warm-up
    const subscribed = await interleaved(PAIRS, 'client', () => client.run(document), direct.run);

    const workflowId = await createWorkflow(stack.url, document.name, document);
    const editor = await openEditor(browser, stack.url, workflowId, document.name);
    await editor.run(); // warm-up: the page's first run
    const watched = await interleaved(BROWSER_PAIRS, 'browser', editor.run, direct.run);
    await editor.close();

    const warm = median(subscribed.app.map((run) => run.ms));
    const result = {
      app_over_direct: ratios(subscribed).median,
      app_over_direct_browser: ratios(watched).median,
      first_over_warm: round(first.ms / warm, 3),
      app_ms: spread(subscribed.app.map((run) => run.ms)),
      direct_ms: spread(subscribed.direct.map((run) => run.ms)),
      app_browser_ms: spread(watched.app.map((run) => run.ms)),
      direct_browser_ms: spread(watched.direct.map((run) => run.ms)),
      first_run_ms: round(first.ms),
      ratios: { app_over_direct: ratios(subscribed), app_over_direct_browser: ratios(watched) },
      nodes_ms: {
        app: medianPerNode(subscribed.app.map((run) => run.nodes)),
        direct: medianPerNode(subscribed.direct.map((run) => run.nodes)),
        app_browser: medianPerNode(watched.app.map((run) => run.nodes)),
        first_run: first.nodes,
      },
      targets: { app_over_direct: 1.2, app_over_direct_browser: 1.35, first_over_warm: 1.3 },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    clearTimeout(limit);
    client.close();
    await browser.close();
    await stack.stop();
    await direct.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  note(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
