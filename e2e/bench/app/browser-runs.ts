// Runs started from the editor in headless Chromium: the page queues the run, watches its events
// (the plan grid filling, decoder previews, output images) and shows it in the queue panel. A run
// is timed in the page, from the Run button's click to its queue row saying `succeeded`.
import type { Browser, Page } from '@playwright/test';
import { storedNodeTimes } from './app-runs.ts';
import type { TimedRun } from './direct-runs.ts';

const VIEWPORT = { width: 1600, height: 1000 };
const RUN_LIMIT_MS = 120_000;

// Plain JavaScript for the page (no helpers a TypeScript build could add): notes when the Run
// button is clicked, and when a run row not there before says `succeeded` (or `failed`).
const WATCH_NEXT_RUN = `(() => {
  const before = new Set(
    [...document.querySelectorAll('[data-testid=run-row]')].map((row) => row.dataset.runId),
  );
  const watch = { clickedAt: undefined, endedAt: undefined, runId: undefined, status: undefined };
  window.__benchRun = watch;
  document.addEventListener('click', (event) => {
    if (watch.clickedAt === undefined && event.target.closest('[data-testid=run-button]'))
      watch.clickedAt = performance.now();
  }, { capture: true });
  const observer = new MutationObserver(() => {
    for (const row of document.querySelectorAll('[data-testid=run-row]')) {
      const status = row.dataset.status;
      if (before.has(row.dataset.runId) || (status !== 'succeeded' && status !== 'failed')) continue;
      watch.endedAt = performance.now();
      watch.runId = row.dataset.runId;
      watch.status = status;
      observer.disconnect();
      return;
    }
  });
  observer.observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'],
  });
})()`;

interface Watch {
  readonly clickedAt: number;
  readonly endedAt: number;
  readonly runId: string;
  readonly status: string;
}

export interface EditorRunner {
  /** Clicks Run and waits for the run's row to say it succeeded; its times. */
  run(this: void): Promise<TimedRun & { runId: string }>;
  close(this: void): Promise<void>;
}

/** Opens the editor on the saved workflow `workflowId`, ready to run it. */
export async function openEditor(
  browser: Browser,
  url: string,
  workflowId: string,
  name: string,
): Promise<EditorRunner> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(RUN_LIMIT_MS);
  await page.goto(`${url}/?workflow=${workflowId}`);
  await page.getByTestId('doc-name').filter({ hasText: name }).waitFor();
  const button = page.getByTestId('run-button');
  return {
    async run() {
      await page.waitForFunction(
        '!document.querySelector("[data-testid=run-button]").disabled',
        null,
        { polling: 100 },
      );
      await page.evaluate(WATCH_NEXT_RUN);
      await button.click();
      // Polled on a timer: polling every animation frame (the default) would make the page draw
      // frames all run long. The time is the observer's, not the poll's.
      await page.waitForFunction('window.__benchRun.endedAt !== undefined', null, {
        polling: 250,
      });
      const watch = await page.evaluate<Watch>('window.__benchRun');
      if (watch.status !== 'succeeded') throw new Error(`run ${watch.runId} ${watch.status}`);
      return {
        runId: watch.runId,
        ms: watch.endedAt - watch.clickedAt,
        nodes: await storedNodeTimes(url, watch.runId),
      };
    },
    close: () => context.close(),
  };
}
