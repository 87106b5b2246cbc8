// Spec 1: from an empty canvas, add the six core nodes by search, connect them by dragging
// handle to handle, type a prompt, run, and watch the plan grid fill in and the image appear.
import { expect, test } from '@playwright/test';
import { addNodes, connectAll } from './support/build.ts';
import { nodeStatus, openEmptyEditor, setParam } from './support/editor.ts';
import { CORE_LINKS, CORE_NODES, EDITOR_VIEWPORT } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: EDITOR_VIEWPORT });

/** A prompt no other spec uses, so nothing of this run can come from the hub's cache. */
const PROMPT = 'warm orange poster, a big yellow sun at top right, headline "HELLO" at the bottom';

test('build the core pipeline from an empty canvas, run it, see the plan and the image', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openEmptyEditor(page);

  await addNodes(page, CORE_NODES);
  // Live validation (worked out off the page's thread) finds the inputs nothing feeds yet.
  await expect(page.getByTestId('run-disabled-reason')).toBeVisible();
  await connectAll(page, CORE_LINKS);

  await setParam(page, 'prompt', 'text', PROMPT);
  await setParam(page, 'decode', 'steps', '4');
  await expect(page.getByTestId('run-disabled-reason')).toBeHidden();

  // Every value the plan grid's data-filled takes during the run, as it streams in.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { planFills: number[] }).planFills = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (el.getAttribute('data-testid') === 'plan-grid-plan')
          seen.push(Number(el.getAttribute('data-filled')));
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-filled'],
    });
  });
  await runToSuccess(page, 90_000);

  const grid = page.getByTestId('plan-grid-plan');
  await expect(grid).toHaveAttribute('data-filled', '256');
  const fills = await page.evaluate(() => (window as unknown as { planFills: number[] }).planFills);
  // It filled in token by token (some partial counts were shown), never going back.
  expect(fills.some((n) => n > 0 && n < 256)).toBe(true);
  expect(fills).toEqual([...fills].sort((a, b) => a - b));
  for (const node of CORE_NODES) await expect(nodeStatus(page, node.id)).toHaveText('done');

  const image = page.locator('img[data-testid=output-image-save]');
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  await page.screenshot({ path: testInfo.outputPath('pipeline.png') });
});
