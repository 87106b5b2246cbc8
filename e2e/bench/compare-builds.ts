// `pnpm bench:compare <dist-a> <dist-b> [--runs N]`: which of two builds of the web app opens the
// 1,000-node workflows faster, measured side by side. These machines drift by ±20% within
// minutes, so two `bench:editor` runs at different times cannot tell a 10% change; here both
// builds are served at once (two servers, each with its own build folder, TESSERA_NEXT_DIST_DIR)
// and their cold loads alternate, so both see the same machine.
//
// Build each side first, e.g. for the committed code against a change:
//   git stash; TESSERA_NEXT_DIST_DIR=.next-a pnpm --filter @tessera/web run build; git stash pop
//   TESSERA_NEXT_DIST_DIR=.next-b pnpm --filter @tessera/web run build
// (Building into another folder rewrites apps/web/next-env.d.ts; `git checkout` it afterwards.)
// Prints one JSON line: each side's median time to interactive per workflow (load-editor.ts),
// and b_over_a, the ratio of the medians.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import { startStack } from '../support/start-stack.mjs';
import { createWorkflow, loadEditor } from './load-editor.ts';
import { median, round } from './stats.ts';
import { componentThousand, flatThousand } from './thousand-nodes.ts';

const note = (line: string): void => void process.stderr.write(`bench:compare: ${line}\n`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 8;
  const dists = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
  if (dists.length !== 2 || !(runs > 0))
    throw new Error(
      'usage: bench:compare <dist-a> <dist-b> [--runs N] (build folders in apps/web)',
    );

  const dataDirs: string[] = [];
  const sides = await Promise.all(
    dists.map(async (dist) => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-compare-'));
      dataDirs.push(dataDir);
      const stack = await startStack({
        port: await freePort(),
        dataDir,
        runnerToken: randomBytes(12).toString('hex'),
        runner: false,
        output: 'stderr',
        env: { TESSERA_NEXT_DIST_DIR: dist },
      });
      return { dist, stack };
    }),
  );
  // As bench:editor loads pages: Chromium as people run it.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const graphs = [
      { key: 'flat', document: flatThousand() },
      { key: 'components', document: componentThousand() },
    ];
    const result: Record<string, number> = {};
    for (const graph of graphs) {
      const name = (graph.document as { name: string }).name;
      const urls = await Promise.all(
        sides.map(async ({ stack }) => {
          const id = await createWorkflow(stack.url, name, graph.document);
          const url = `${stack.url}/?workflow=${id}`;
          await loadEditor(browser, url, '.react-flow__node'); // warm-up: the server's first answer
          return url;
        }),
      );
      const times: number[][] = [[], []];
      for (let i = 0; i < runs; i++) {
        // Alternate which side goes first, so neither always follows the other.
        const order = i % 2 === 0 ? [0, 1] : [1, 0];
        for (const side of order)
          times[side]!.push((await loadEditor(browser, urls[side]!, '.react-flow__node')).tti);
      }
      const [a, b] = times.map(median) as [number, number];
      note(`${graph.key}: a (${dists[0]}) ${times[0]!.map((t) => round(t)).join(', ')}`);
      note(`${graph.key}: b (${dists[1]}) ${times[1]!.map((t) => round(t)).join(', ')}`);
      result[`${graph.key}_open_ms_a`] = round(a);
      result[`${graph.key}_open_ms_b`] = round(b);
      result[`${graph.key}_b_over_a`] = round(b / a, 3);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    await Promise.all(sides.map(({ stack }) => stack.stop()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  note(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
