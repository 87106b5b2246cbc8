// One cold load of the editor in headless Chromium and its time to interactive: from navigation
// start until a Space key press opens the node search (see bench-editor.ts, compare-builds.ts).
import type { Browser } from '@playwright/test';

/** How often Space is pressed while waiting for the search (plus a key press's round trip). */
const POLL_MS = 20;
/** The window the editor is loaded in. */
export const VIEWPORT = { width: 1280, height: 720 };

/** One cold load of `/`: time to interactive, and the script bytes it received. */
export async function loadEditor(
  browser: Browser,
  url: string,
  /** What must be on the page before Space is pressed: the canvas pane, or the workflow's nodes. */
  ready = '.react-flow__pane',
): Promise<{ tti: number; jsBytes: number; jsDecoded: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { searchOpenedAt?: number };
      new MutationObserver(() => {
        if (
          w.searchOpenedAt === undefined &&
          document.querySelector('[role="dialog"][aria-label="Add a node"]')
        )
          w.searchOpenedAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    // Waited for in the page, checked every POLL_MS: a locator's waitFor retries on Playwright's
    // back-off (0, 20, 50, 100, 100, then every 500 ms), so it noticed a workflow's first node up
    // to half a second after it was drawn, and that delay was counted as the editor's.
    await page.waitForFunction((selector) => document.querySelector(selector) !== null, ready, {
      polling: POLL_MS,
      timeout: 60_000,
    });
    // Whether it opened is read from the observer's note: a role query (getByRole) walks the
    // whole page each time, and on a 1,000-node graph that polling took main-thread time from
    // the page being measured.
    const opened = (): Promise<boolean> =>
      page.evaluate(
        () => (window as unknown as { searchOpenedAt?: number }).searchOpenedAt !== undefined,
      );
    for (let i = 0; ; i++) {
      await page.keyboard.press(' ');
      if (await opened()) break;
      if (i > 30_000 / POLL_MS) throw new Error('the node search never opened');
      await page.waitForTimeout(POLL_MS);
    }
    const tti = await page.evaluate(
      () => (window as unknown as { searchOpenedAt: number }).searchOpenedAt,
    );
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
        .filter((e) => e.initiatorType === 'script' || new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ wire: e.encodedBodySize, decoded: e.decodedBodySize })),
    );
    return {
      tti,
      jsBytes: scripts.reduce((sum, s) => sum + s.wire, 0),
      jsDecoded: scripts.reduce((sum, s) => sum + s.decoded, 0),
    };
  } finally {
    await context.close();
  }
}

/** Creates a workflow over HTTP (tRPC, no transformer: the body is the input). */
export async function createWorkflow(
  url: string,
  name: string,
  document: unknown,
): Promise<string> {
  const response = await fetch(`${url}/api/trpc/workflows.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, document }),
  });
  const body = (await response.json()) as { result?: { data?: { id?: string } } };
  const id = body.result?.data?.id;
  if (!response.ok || id === undefined)
    throw new Error(`workflows.create failed: ${response.status} ${JSON.stringify(body)}`);
  return id;
}
