// Plan Lab: export a plan as .tplan and open it again (the same plan); a corrupt or mismatched
// .tplan is refused with a message that says why, and the open plans stay.
import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import {
  cellPoint,
  labAlert,
  labGrid,
  openRunPlanInLab,
  planTabs,
  tokenAt,
} from './support/lab.ts';

test.use({ viewport: EDITOR_VIEWPORT });

async function exportPlan(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .tplan' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const openPlanFile = (page: Page, name: string, buffer: Buffer) =>
  page
    .getByTestId('lab-open-file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });

test('export a .tplan and open it again; corrupt files are refused', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await openRunPlanInLab(page, 'Lab tplan');

  // An edit first, so the file carries what the lab shows.
  const before = await tokenAt(page, 8, 8);
  await page.getByRole('button', { name: /^Pick/ }).click();
  const src = await cellPoint(labGrid(page), 0, 0);
  await page.mouse.click(src.x, src.y);
  const painted = await tokenAt(page, 0, 0);
  const at = await cellPoint(labGrid(page), 8, 8);
  await page.mouse.click(at.x, at.y);
  expect(await tokenAt(page, 8, 8)).toBe(painted);

  const exported = await exportPlan(page);
  expect(exported.name).toMatch(/\.tplan$/);
  expect(exported.bytes.length).toBeGreaterThan(16 * 16 * 2);

  await openPlanFile(page, 'again.tplan', exported.bytes);
  await expect(planTabs(page)).toHaveCount(2);
  await expect(page.getByRole('tab', { selected: true })).toHaveText('again');
  await expect(page.locator('.lab-message[role=status]')).toContainText('Opened “again.tplan”');
  expect(await tokenAt(page, 8, 8)).toBe(painted);
  if (painted !== before) expect(await tokenAt(page, 8, 8)).not.toBe(before);
  // The same plan: no cell differs from the one exported, and it exports to the same bytes.
  await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ index: 1 });
  await expect(page.getByTestId('diff-count')).toHaveText('0 of 256 cells differ');
  const again = await exportPlan(page);
  expect(again.bytes.equals(exported.bytes)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('lab-tplan-reopened.png') });

  // A truncated file.
  await openPlanFile(page, 'cut.tplan', exported.bytes.subarray(0, exported.bytes.length >> 1));
  await expect(labAlert(page)).toContainText('Truncated file');
  await expect(labAlert(page)).toContainText('cut.tplan');
  await expect(planTabs(page)).toHaveCount(2);
  await expect(page.getByRole('tab', { selected: true })).toHaveText('again');
  await page.screenshot({ path: testInfo.outputPath('lab-tplan-truncated.png') });

  // A plan of a model this server does not have (same length, other model id).
  const model = Buffer.from('tessera-tiny', 'ascii');
  const where = exported.bytes.indexOf(model);
  expect(where).toBeGreaterThan(0);
  const foreign = Buffer.from(exported.bytes);
  foreign.write('tessera-huge', where, 'ascii');
  await openPlanFile(page, 'foreign.tplan', foreign);
  await expect(labAlert(page)).toContainText('Wrong codebook');
  await expect(labAlert(page)).toContainText('tessera-huge');
  await expect(planTabs(page)).toHaveCount(2);

  // Not a plan at all.
  await openPlanFile(page, 'junk.tplan', Buffer.from('this is not a token plan, just text'));
  await expect(labAlert(page)).toContainText('Not a token plan');
  await expect(planTabs(page)).toHaveCount(2);
  expect(await tokenAt(page, 8, 8)).toBe(painted);
  await page.screenshot({ path: testInfo.outputPath('lab-tplan-refused.png') });
});
