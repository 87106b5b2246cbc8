// Plan Lab: a layout plan with its fine plan beside it, aligned cell for cell (hovering one grid
// outlines the matching cells of the other); the fine plan with its layout plan beside it; and a
// plan that was never expanded says so.
import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { flowNode } from './support/editor.ts';
import { EDITOR_VIEWPORT, pipelineDocument } from './support/pipeline.ts';
import { LAYOUT_SIDE, cellPoint, labGrid, openLab, runPipelineForLab } from './support/lab.ts';

test.use({ viewport: EDITOR_VIEWPORT });

/** The fine grid of the pipeline's plan.expand. */
const FINE_SIDE = Number(pipelineDocument().nodes.find((n) => n.id === 'expand')?.params.grid);
const FACTOR = FINE_SIDE / LAYOUT_SIDE;

const pairGrid = (page: Page): Locator => page.getByTestId('lab-pair-grid');

async function hover(page: Page, stage: Locator, x: number, y: number, side: number) {
  const at = await cellPoint(stage, x, y, side);
  await page.mouse.move(at.x, at.y);
}

test('the fine plan beside its layout plan, aligned cell for cell', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const layoutHref = await runPipelineForLab(page, 'Lab fine plan');
  const expandLink = flowNode(page, 'expand').getByRole('link', { name: 'Open in Plan Lab' });
  const fineHref = await expandLink.getAttribute('href');
  expect(fineHref).toMatch(/^\/lab\?artifact=.*&node=expand$/);
  await openLab(page, layoutHref);

  // Turn the fine view on: the run's 32×32 fine plan, at the same size on screen.
  await page.getByRole('checkbox', { name: 'Fine plan beside' }).check();
  const fine = pairGrid(page);
  await expect(fine).toHaveAttribute('data-grid', `${FINE_SIDE}x${FINE_SIDE}`);
  await expect(fine).toHaveAttribute('data-role', 'fine');
  await expect(page.getByTestId('lab-pair')).toContainText(
    `a layout cell is ${FACTOR}×${FACTOR} fine cells`,
  );
  const layoutBox = await labGrid(page).boundingBox();
  const fineBox = await fine.boundingBox();
  if (!layoutBox || !fineBox) throw new Error('a plan stage is not on screen');
  expect(Math.abs(fineBox.width - layoutBox.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(fineBox.height - layoutBox.height)).toBeLessThanOrEqual(1);

  // Hovering layout cell (3, 2) outlines the fine block under it.
  await hover(page, labGrid(page), 3, 2, LAYOUT_SIDE);
  const block = [3 * FACTOR, 2 * FACTOR, 4 * FACTOR - 1, 3 * FACTOR - 1].join(',');
  await expect(fine).toHaveAttribute('data-fine-highlight', block);
  await expect(page.getByTestId('cell-inspector')).toContainText('Row 2, column 3 ·');

  // Hovering a fine cell outlines its layout cell and shows the fine token in the inspector.
  const fx = 13;
  const fy = 9;
  await hover(page, fine, fx, fy, FINE_SIDE);
  const lx = Math.floor(fx / FACTOR);
  const ly = Math.floor(fy / FACTOR);
  await expect(labGrid(page)).toHaveAttribute('data-layout-highlight', `${lx},${ly},${lx},${ly}`);
  await expect(page.getByTestId('cell-inspector')).toContainText(`Row ${ly}, column ${lx} ·`);
  await expect(page.getByTestId('paired-cell')).toContainText(
    `Fine cell (${FINE_SIDE}×${FINE_SIDE}): row ${fy}, column ${fx} · #`,
  );
  await expect(fine).toHaveAttribute(
    'data-fine-highlight',
    [lx * FACTOR, ly * FACTOR, lx * FACTOR + FACTOR - 1, ly * FACTOR + FACTOR - 1].join(','),
  );
  await page.screenshot({ path: testInfo.outputPath('lab-fine-plan.png') });

  // A plan opened from a file has no run, so no fine plan: the view says how to get one.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .tplan' }).click();
  const file = await download;
  await page.getByTestId('lab-open-file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: await readFile(await file.path()),
  });
  await expect(page.getByRole('tab')).toHaveCount(2);
  const pair = page.getByTestId('lab-pair');
  await expect(pair).toHaveAttribute('data-status', 'missing');
  await expect(pair).toContainText('has not been expanded yet');
  await expect(pairGrid(page)).toHaveCount(0);

  // The fine plan itself, with its layout plan beside it.
  await openLab(page, fineHref ?? '');
  await expect(labGrid(page)).toHaveAttribute('data-grid', `${FINE_SIDE}x${FINE_SIDE}`);
  await page.getByRole('checkbox', { name: 'Layout plan beside' }).check();
  const layout = pairGrid(page);
  await expect(layout).toHaveAttribute('data-role', 'layout');
  await expect(layout).toHaveAttribute('data-grid', `${LAYOUT_SIDE}x${LAYOUT_SIDE}`);
  await hover(page, labGrid(page), fx, fy, FINE_SIDE);
  await expect(layout).toHaveAttribute('data-layout-highlight', `${lx},${ly},${lx},${ly}`);
  await hover(page, layout, 3, 2, LAYOUT_SIDE);
  await expect(labGrid(page)).toHaveAttribute('data-fine-highlight', block);
  await page.screenshot({ path: testInfo.outputPath('lab-fine-plan-layout.png') });
});
