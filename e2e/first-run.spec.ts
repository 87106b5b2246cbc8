// A first visit on a laptop screen: the poster template opens where its prompt can be read, and
// during the first run the planner's plan is big enough on screen to watch it fill in.
import { type Page, expect, test } from '@playwright/test';
import { openFreshEditor, pane, setParam, waitForStillViewport } from './support/editor.ts';
import { runToSuccess } from './support/runs.ts';

/** The planner's plan drawings: its colour map and its codebook preview (one on show). */
const PLAN_CANVASES = ['plan-grid-plan', 'plan-preview-plan'];
const TOKENS = 16 * 16;

interface Sample {
  readonly filled: number;
  /** On-screen width, 0 while hidden. */
  readonly width: number;
  /** Whether the whole canvas lies inside the canvas pane (not clipped, not under a panel). */
  readonly inPane: boolean;
}

/** Records, at every token the planner's plan receives, how it looks on screen. */
async function watchPlanCanvas(page: Page): Promise<void> {
  await page.evaluate((ids) => {
    const samples: Sample[] = [];
    (window as unknown as { planSamples: Sample[] }).planSamples = samples;
    const paneBox = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    new MutationObserver((records) => {
      for (const record of records) {
        const canvas = record.target as HTMLCanvasElement;
        if (!ids.includes(canvas.dataset.testid ?? '') || canvas.hidden) continue;
        const box = canvas.getBoundingClientRect();
        samples.push({
          filled: Number(canvas.dataset.filled),
          width: box.width,
          inPane:
            paneBox !== undefined &&
            box.left >= paneBox.left &&
            box.top >= paneBox.top &&
            box.right <= paneBox.right &&
            box.bottom <= paneBox.bottom,
        });
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-filled'],
    });
  }, PLAN_CANVASES);
}

const samplesOf = (page: Page): Promise<Sample[]> =>
  page.evaluate(() => (window as unknown as { planSamples: Sample[] }).planSamples);

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a first visit shows the prompt, and the first run the plan as it streams', async ({
      page,
    }, testInfo) => {
      test.setTimeout(150_000);
      // A fresh browser context: no stored draft, so this is a true first visit (the template).
      await openFreshEditor(page);
      await waitForStillViewport(page);
      const prompt = page.locator('#param-prompt-text');
      await expect(prompt).toBeVisible();
      await expect(prompt).toHaveValue(/SALE 50/);
      const paneBox = await pane(page).boundingBox();
      const promptBox = await prompt.boundingBox();
      if (!paneBox || !promptBox) throw new Error('the canvas or the prompt is not on screen');
      expect(promptBox.x).toBeGreaterThanOrEqual(paneBox.x);
      expect(promptBox.y).toBeGreaterThanOrEqual(paneBox.y);
      expect(promptBox.x + promptBox.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
      expect(promptBox.y + promptBox.height).toBeLessThanOrEqual(paneBox.y + paneBox.height);
      await page.screenshot({ path: testInfo.outputPath(`first-visit-${viewport.width}.png`) });

      // A seed of its own, so the planner streams now instead of coming from the hub's cache.
      await setParam(page, 'plan', 'seed', String(Date.now() % 1_000_000));
      await setParam(page, 'decode', 'steps', '2');
      await watchPlanCanvas(page);
      await runToSuccess(page, 120_000);

      const samples = await samplesOf(page);
      const partial = samples.filter((s) => s.filled > 0 && s.filled < TOKENS);
      // It filled in token by token, never going back, and reached the whole grid.
      expect(partial.length).toBeGreaterThan(0);
      const fills = samples.map((s) => s.filled);
      expect(fills).toEqual([...fills].sort((a, b) => a - b));
      expect(Math.max(...fills)).toBe(TOKENS);
      // While it streamed it was at least 128 px wide, whole on the canvas.
      for (const sample of partial) {
        expect(sample.width).toBeGreaterThanOrEqual(128);
        expect(sample.inPane).toBe(true);
      }
      await page.screenshot({ path: testInfo.outputPath(`first-run-${viewport.width}.png`) });
    });
  });
}

test.describe('zoomed out to the compact drawing', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the planner node still draws its plan', async ({ page }, testInfo) => {
    await openFreshEditor(page);
    await waitForStillViewport(page);
    await page.keyboard.press('f');
    await waitForStillViewport(page); // the fit is animated: zooming out during it is undone
    const zoomOf = () =>
      page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    // Below the compact threshold (0.5): a click or two, depending on the fitted zoom.
    for (let clicks = 0; clicks < 4 && (await zoomOf()) >= 0.5; clicks++) {
      await page.getByRole('button', { name: 'Zoom Out' }).click();
      await waitForStillViewport(page);
    }
    expect(await zoomOf()).toBeLessThan(0.5);
    // Compact: no widgets (the prompt's text box is gone), but the plan is there to watch (an
    // empty box until a run draws it: see PlanCanvas.tsx).
    await expect(page.locator('#param-prompt-text')).toHaveCount(0);
    const plan = page.locator(
      '.react-flow__node[data-id="plan"] .plan-view--live .plan-canvas:visible',
    );
    await expect(plan).toHaveCount(1);
    const box = await plan.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(64);
    await page.screenshot({ path: testInfo.outputPath('compact.png') });
  });
});
