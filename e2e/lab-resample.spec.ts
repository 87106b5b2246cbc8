// Plan Lab: run the default pipeline, open its plan in the lab, lock the top half, resample the
// rest, render, and see the original and the new image side by side.
import { expect, test } from '@playwright/test';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { LAYOUT_SIDE, labColumn, labRuns, openRunPlanInLab, tokenAt } from './support/lab.ts';

// Shapes the model knows, in the bottom row only: the unlocked half has something new to draw.
const RESAMPLE_PROMPT =
  'teal poster with a yellow circle in the bottom left and a purple rectangle in the bottom right';

test.use({ viewport: EDITOR_VIEWPORT });

test('lock the top half, resample the rest, render: both images side by side', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await openRunPlanInLab(page, 'Lab resample');
  const cells = LAYOUT_SIDE * LAYOUT_SIDE;

  await page.getByRole('button', { name: 'Lock top half' }).click();
  await expect(page.getByTestId('locked-count')).toHaveText(`${cells / 2} locked`);

  const topRow: number[] = [];
  for (let x = 0; x < LAYOUT_SIDE; x += 5) topRow.push(await tokenAt(page, x, 1));

  // Resample the bottom half with another seed and a prompt that asks for something down there.
  await page.getByRole('textbox', { name: 'Prompt' }).fill(RESAMPLE_PROMPT);
  await page.getByRole('spinbutton', { name: 'Resample seed' }).fill('12345');
  await page.getByRole('button', { name: 'Resample unlocked' }).click();
  // The resample run (listed under the original plan) opens its plan as a new tab.
  await expect(page.getByRole('tab')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByRole('tab', { selected: true })).toHaveText(/resample 1/);

  // The resampled plan opens beside the original, compared with it: only unlocked cells differ.
  const original = labColumn(page, 'compare');
  const resampled = labColumn(page, 'active');
  await expect(original).toBeVisible();
  await expect(resampled.getByRole('img', { name: /colour map/ })).toBeVisible();
  const diff = page.getByTestId('diff-count');
  await expect(diff).toHaveText(new RegExp(`^\\d+ of ${cells} cells differ$`));
  const differing = Number(/^(\d+)/.exec((await diff.textContent()) ?? '')?.[1]);
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThanOrEqual(cells / 2);
  const keptRow: number[] = [];
  for (let x = 0; x < LAYOUT_SIDE; x += 5) keptRow.push(await tokenAt(page, x, 1));
  expect(keptRow).toEqual(topRow);

  // Render the resampled plan.
  await page.getByRole('button', { name: 'Render', exact: true }).click();
  const renderRun = page.locator('[data-testid=lab-run][data-status]').filter({
    hasText: 'render',
  });
  await expect(renderRun).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await expect(labRuns(page)).toHaveCount(1);

  const before = original.getByTestId('lab-image').locator('img');
  const after = resampled.locator('[data-testid=lab-image][data-label="Render 1"] img');
  await expect(before).toHaveCount(1);
  await expect(after).toBeVisible();
  for (const img of [before, after])
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
  // Side by side: one beside the other (no horizontal overlap), at the same height.
  const a = await before.boundingBox();
  const b = await after.boundingBox();
  if (!a || !b) throw new Error('an image is not on screen');
  expect(b.x >= a.x + a.width - 1 || a.x >= b.x + b.width - 1).toBe(true);
  expect(b.y).toBeLessThan(a.y + a.height);
  expect(a.y).toBeLessThan(b.y + b.height);
  expect(await after.getAttribute('src')).not.toBe(await before.getAttribute('src'));

  await page.screenshot({ path: testInfo.outputPath('lab-resample.png') });
});
