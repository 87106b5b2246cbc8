// Plan Lab: a sweep of 4 planner seeds shows a contact sheet of 4 plans and 4 images.
import { expect, test } from '@playwright/test';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { openRunPlanInLab } from './support/lab.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a sweep of 4 seeds shows 4 plans and 4 images', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openRunPlanInLab(page, 'Lab sweep');

  const sweep = page.getByRole('region', { name: 'Sweep' });
  await expect(sweep.getByRole('combobox', { name: 'Sweep param' })).toHaveValue('seed');
  await sweep.getByRole('spinbutton', { name: 'Sweep count' }).fill('4');
  await sweep.getByRole('spinbutton', { name: 'Sweep start' }).fill('11');
  await sweep.getByRole('spinbutton', { name: 'Sweep step' }).fill('1');
  await expect(sweep).toContainText('11, 12, 13, 14');
  await sweep.getByRole('button', { name: 'Sweep 4' }).click();

  const cards = page.getByTestId('sweep-card');
  await expect(cards).toHaveCount(4);
  // Every run finished: no card shows progress any more.
  await expect(page.getByTestId('sweep-sheet').getByTestId('lab-run')).toHaveCount(0, {
    timeout: 90_000,
  });
  for (const [i, seed] of [11, 12, 13, 14].entries()) {
    const card = cards.nth(i);
    await expect(card).toHaveAttribute('data-value', String(seed));
    await expect(card.getByTestId(`sweep-plan-${seed}`)).toBeVisible();
    await expect(card.getByTestId(`sweep-plan-${seed}`)).toHaveAttribute('data-filled', '256');
    const image = card.getByTestId('sweep-image');
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
  }
  const sources = await page
    .getByTestId('sweep-image')
    .evaluateAll((els) => els.map((el) => el.getAttribute('src')));
  expect(new Set(sources).size).toBe(4);
  await page.screenshot({ path: testInfo.outputPath('lab-sweep.png'), fullPage: true });
});
