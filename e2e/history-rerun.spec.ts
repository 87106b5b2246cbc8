// Acceptance: re-running a run from the history on the same machine and models produces a
// byte-identical image. The default pipeline runs from the editor; the history's Re-run queues
// the run's snapshot again, and the two saved images are compared byte for byte as the browser
// fetches them. (The e2e server keeps its node output cache, so here the re-run may be served
// from it; apps/web/src/server/trpc/rerun-reproduces.e2e.test.ts runs it with the cache off.)
import { expect, test } from '@playwright/test';
import { openFreshEditor } from './support/editor.ts';
import { artifactSha256, expectImageLoaded, saveAs } from './support/library.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('re-running a run from the history reproduces its image byte for byte', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await openFreshEditor(page); // the first visit opens the default pipeline (poster template)
  await saveAs(page, 'Rerun poster');
  const row = await runToSuccess(page, 150_000);
  const firstId = (await row.getAttribute('data-run-id')) ?? '';

  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'History' })
    .click();
  await expect(page).toHaveURL(/\/history$/);
  const first = page.locator(`[data-testid=history-run][data-run-id="${firstId}"]`);
  await expect(first.getByTestId('run-status')).toHaveText('succeeded');
  await expect(first).toContainText('Rerun poster');
  await expect(first.getByTestId('models-changed')).toHaveCount(0);
  const firstImage = first.getByTestId('run-image');
  await expectImageLoaded(firstImage);
  const firstArtifact = (await firstImage.getAttribute('data-artifact-id')) ?? '';

  const runs = page.getByTestId('history-run');
  const listedIds = () =>
    runs.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-run-id') ?? ''));
  const before = new Set(await listedIds());
  await first.getByRole('button', { name: 'Re-run' }).click();
  await expect(page.getByTestId('toast')).toContainText('Queued a re-run');
  let againId = '';
  await expect
    .poll(async () => (againId = (await listedIds()).find((id) => !before.has(id)) ?? ''))
    .not.toBe('');
  const again = page.locator(`[data-testid=history-run][data-run-id="${againId}"]`);
  await expect(again.getByTestId('run-status')).toHaveText('succeeded', { timeout: 150_000 });
  const againImage = again.getByTestId('run-image');
  await expectImageLoaded(againImage);
  const againArtifact = (await againImage.getAttribute('data-artifact-id')) ?? '';

  expect(await artifactSha256(page, againArtifact)).toBe(await artifactSha256(page, firstArtifact));
  await page.screenshot({ path: testInfo.outputPath('history.png'), fullPage: true });

  // The filters: by status, then by workflow.
  await page.getByLabel('Filter by status').selectOption('failed');
  await expect(page.getByTestId('history-empty')).toContainText('No run matches');
  await page.getByLabel('Filter by status').selectOption('');
  await page.getByLabel('Filter by workflow').selectOption({ label: 'Rerun poster' });
  await expect(runs).toHaveCount(2);

  // "Open in editor" opens the run's exact snapshot as an unsaved document.
  await again.getByRole('link', { name: 'Open in editor' }).click();
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();
  await expect(page.locator('.notice')).toContainText('Opened the snapshot of run');
  await expect(page).not.toHaveURL(/run=/);
  await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
});
