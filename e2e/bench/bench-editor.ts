// `pnpm bench:editor`: the editor page's speed in headless Chromium, as one JSON line.
//
// Builds the web app when its sources changed, starts the real server (no runner) on a free port
// with a temporary data folder, and measures:
// - tti_ms: time to interactive of `/`, median of RUNS cold page loads (fresh browser context,
//   empty cache): from navigation start (performance.timeOrigin) until the canvas pane is in the
//   page and a Space key press opens the node search. Both are watched in the page (load-editor.ts):
//   the pane is looked for every 20 ms, then Space is pressed every 20 ms (plus a key press's round
//   trip, about 17 ms here), and the time is read in the page when the search dialog appears.
//   Loads run in Chromium as people run it, its frame rate tied to the display (60 a second).
// - editor_js_kb: JavaScript the browser receives for `/` (script resources of a load, bytes on
//   the wire, median of the RUNS loads; editor_js_kb_decoded: after decompression). The server
//   sends its build files uncompressed to this machine (build-assets.ts), so here both are equal.
// - For two 1,000-node workflows (e2e/bench/thousand-nodes.ts: 50 blocks of 20 nodes laid out
//   flat, `flat_*`, and the same blocks as 50 component nodes, `components_*`), created with tRPC
//   workflows.create:
//   - *_open_ms: time to interactive of `/?workflow=<id>`, median of RUNS cold loads: from
//     navigation start until, with the workflow's nodes drawn, a Space key press opens the node
//     search (Space is pressed every 20 ms once the first node is drawn, as for tti_ms).
//   - *_drag_frame_ms_median / _p95: frame times while a node is dragged, the graph fitted to the
//     window (F; at the smallest zoom, 0.1, about half of the flat graph fits: `*_nodes`). The drag is DRAG_STEPS mouse moves. A move's frame time is
//     measured in the page, from the pointermove event's dispatch to the end of the next frame's
//     rendering (a task posted from that frame's requestAnimationFrame callback runs after its
//     style, layout and paint): the main-thread work one drag step costs (input handling, React,
//     style, layout, paint recording; rasterising runs on other threads). The drag runs in a
//     second Chromium with its frame-rate cap removed, so no wait for the display's 16.7 ms vsync
//     is included. (Loads are not measured there: uncapped, Chromium draws more frames while the
//     page starts than it would for anyone, about 0.1 s more for the flat graph's open here.)
//   - *_nodes: the nodes drawn while dragging.
// Everything else (build output, server log, notes) goes to stderr.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import { startStack } from '../support/start-stack.mjs';
import { VIEWPORT, createWorkflow, loadEditor } from './load-editor.ts';
import { median, quantile, round } from './stats.ts';
import { componentThousand, flatThousand } from './thousand-nodes.ts';

const RUNS = 5;
const DRAG_STEPS = 60;

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const note = (line: string): void => void process.stderr.write(`bench:editor: ${line}\n`);

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

/** Frame times (ms) while dragging one node of the open graph by its header. */
async function dragFrames(page: Page, nodeId: string): Promise<number[]> {
  const node = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
  const box = await node.locator('.tnode__header').boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on screen`);
  const before = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // React Flow starts a drag on the first move; measure the moves after it.
  await page.mouse.move(x + 2, y + 1);
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { dragFrames: number[] }).dragFrames = times;
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    addEventListener(
      'pointermove',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => times.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  for (let i = 1; i <= DRAG_STEPS; i++) await page.mouse.move(x + 2 + i * 4, y + 1 + i * 2);
  await page.mouse.up();
  await page.waitForTimeout(100);
  const times = await page.evaluate(
    () => (window as unknown as { dragFrames: number[] }).dragFrames,
  );
  const after = await node.evaluate((el) => (el as HTMLElement).style.transform);
  if (after === before) throw new Error('the node did not move: the drag was not measured');
  return times.slice(0, DRAG_STEPS);
}

async function main(): Promise<void> {
  buildIfStale();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-editor-'));
  const stack = await startStack({
    port,
    dataDir,
    runnerToken: randomBytes(12).toString('hex'),
    runner: false,
    output: 'stderr',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const uncapped = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  try {
    await loadEditor(browser, `${stack.url}/`); // warm-up: the server's first render
    const loads = [];
    for (let i = 0; i < RUNS; i++) loads.push(await loadEditor(browser, `${stack.url}/`));
    note(`tti runs (ms): ${loads.map((l) => round(l.tti)).join(', ')}`);

    const result: Record<string, number> = {
      tti_ms: round(median(loads.map((l) => l.tti))),
      editor_js_kb: round(median(loads.map((l) => l.jsBytes)) / 1024),
      editor_js_kb_decoded: round(median(loads.map((l) => l.jsDecoded)) / 1024),
    };
    const graphs = [
      { key: 'flat', document: flatThousand(), dragged: 'decode1_25' },
      { key: 'components', document: componentThousand(), dragged: 'block_25' },
    ];
    for (const graph of graphs) {
      const name = (graph.document as { name: string }).name;
      const id = await createWorkflow(stack.url, name, graph.document);
      const url = `${stack.url}/?workflow=${id}`;
      const opens = [];
      for (let i = 0; i < RUNS; i++)
        opens.push((await loadEditor(browser, url, '.react-flow__node')).tti);
      note(`${graph.key}: open runs (ms): ${opens.map((t) => round(t)).join(', ')}`);
      const context = await uncapped.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(url);
      await page.getByTestId('doc-name').filter({ hasText: name }).waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      await page.keyboard.press('f'); // fit the whole graph: every node is drawn
      await page.waitForTimeout(1_000);
      const drawn = await page.locator('.react-flow__node').count();
      const times = await dragFrames(page, graph.dragged);
      note(`${graph.key}: drag: ${drawn} nodes drawn, ${times.length} frames`);
      await context.close();
      result[`${graph.key}_open_ms`] = round(median(opens));
      result[`${graph.key}_drag_frame_ms_median`] = round(median(times), 2);
      result[`${graph.key}_drag_frame_ms_p95`] = round(quantile(times, 0.95), 2);
      result[`${graph.key}_nodes`] = drawn;
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    await uncapped.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  note(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
