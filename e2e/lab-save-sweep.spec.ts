// Plan Lab: what the lab did, saved as workflows the editor re-runs — a resample (plan.load →
// plan.resample → … → save, which runs again to success) and a sweep ("Run sweep (4)" queues 4).
import { expect, test } from '@playwright/test';
import { fitUntilDrawn, flowNode } from './support/editor.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { openRunPlanInLab } from './support/lab.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a resampled plan saved as a workflow re-creates the resample in the editor', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await openRunPlanInLab(page, 'Lab save resample');
  await page.getByRole('button', { name: 'Lock top half' }).click();
  await page.getByRole('spinbutton', { name: 'Resample seed' }).fill('4321');
  await page.getByRole('button', { name: 'Resample unlocked' }).click();
  await expect(page.getByRole('tab', { selected: true })).toHaveText(/resample 1/, {
    timeout: 60_000,
  });

  await page.getByRole('button', { name: 'Save as workflow' }).click();
  const link = page.getByRole('link', { name: 'Open it in the editor' });
  await expect(link).toBeVisible();
  await page.goto((await link.getAttribute('href')) ?? '/');
  await expect(page.getByTestId('doc-name')).toContainText('resample 1');

  // A document opens on the start of its main path; F fits every node in view.
  await expect(flowNode(page, 'load')).toBeVisible();
  await fitUntilDrawn(page, 'save');
  for (const id of ['load', 'resample', 'keep', 'expand', 'decode', 'save'])
    await expect(flowNode(page, id)).toBeAttached();
  await expect(page.getByTestId('run-button')).toHaveText('▶ Run');
  await page.screenshot({ path: testInfo.outputPath('lab-saved-resample.png') });
  await runToSuccess(page, 90_000);
});

test('a sweep saved from the lab opens as "Run sweep (4)" and queues 4 runs', async ({
  page,
}, testInfo) => {
  test.setTimeout(200_000);
  await openRunPlanInLab(page, 'Lab save sweep');
  const sweep = page.getByRole('region', { name: 'Sweep' });
  await sweep.getByRole('spinbutton', { name: 'Sweep count' }).fill('4');
  await sweep.getByRole('spinbutton', { name: 'Sweep start' }).fill('21');
  await sweep.getByRole('spinbutton', { name: 'Sweep step' }).fill('1');
  await sweep.getByRole('button', { name: 'Save sweep as workflow' }).click();
  const link = sweep.getByRole('link', { name: 'Open it in the editor' });
  await expect(link).toBeVisible();
  await page.goto((await link.getAttribute('href')) ?? '/');

  const run = page.getByTestId('run-button');
  await expect(run).toHaveText('▶ Run sweep (4)');
  const banner = page.getByTestId('sweep-banner');
  await expect(banner.getByTestId('sweep-target')).toHaveText('plan · seed');
  await expect(banner.getByTestId('sweep-values')).toHaveText('21, 22, 23, 24');
  await page.screenshot({ path: testInfo.outputPath('lab-saved-sweep.png') });

  const before = await page.getByTestId('run-row').count();
  await run.click();
  await expect(page.getByTestId('run-row')).toHaveCount(before + 4);
  const rows = page.getByTestId('run-row').filter({ hasText: /seed=2[1-4]/ });
  await expect(rows).toHaveCount(4);
  for (let i = 0; i < 4; i++)
    await expect(rows.nth(i)).toHaveAttribute('data-status', 'succeeded', { timeout: 150_000 });

  // A number param's "Sweep…" sets another sweep; Remove takes it away.
  page.once('dialog', (dialog) => void dialog.accept('1, 2, 3'));
  await flowNode(page, 'decode').getByRole('button', { name: 'Sweep steps…' }).click();
  await expect(run).toHaveText('▶ Run sweep (3)');
  await expect(banner.getByTestId('sweep-target')).toHaveText('decode · steps');
  await banner.getByRole('button', { name: 'Remove' }).click();
  await expect(run).toHaveText('▶ Run');
  await expect(banner).toHaveCount(0);
});
