// Sharing: an unlisted link opens the workflow read-only in another browser; forking it makes a
// copy that names its origin, and the original counts its fork.
import { expect, test } from '@playwright/test';
import { flowNode, flowNodes, menuButton, openFreshEditor } from './support/editor.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('share a workflow by an unlisted link, fork it, see provenance both ways', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const name = `Shared poster ${Date.now()}`;
  await openFreshEditor(page);
  const nodeCount = await flowNodes(page).count();
  await menuButton(page, 'Save as…').click();
  const saveAs = page.getByRole('dialog', { name: 'Save as' });
  await saveAs.getByRole('textbox', { name: 'Name' }).fill(name);
  await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('doc-name')).toHaveText(name);
  // Its latest run's outputs travel with the link.
  await runToSuccess(page, 90_000);

  await menuButton(page, 'Share…').click();
  const share = page.getByRole('dialog', { name: 'Share' });
  await expect(share.getByRole('radio', { name: /Private/ })).toBeChecked();
  await expect(share.getByTestId('share-link')).toBeHidden();
  await share.getByRole('radio', { name: /Unlisted/ }).check();
  const linkField = share.getByTestId('share-link');
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  // 128 random bits at least: 22 base64url characters.
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22,}$/);
  await expect(share.getByTestId('fork-count')).toHaveText('No forks yet.');
  await share.getByRole('button', { name: 'Done' }).click();

  // Someone else, in a fresh browser, opens the link: read-only.
  const stranger = await browser.newContext({ viewport: EDITOR_VIEWPORT });
  const viewer = await stranger.newPage();
  await viewer.goto(link);
  await expect(viewer.getByTestId('shared-name')).toHaveText(name);
  await expect(viewer.locator('.react-flow__node')).toHaveCount(nodeCount);
  await expect(viewer.locator('.react-flow__node').locator('input, select, textarea')).toHaveCount(
    0,
  );
  // Nothing to drag, select or connect.
  await expect(viewer.locator('.react-flow__node.draggable')).toHaveCount(0);
  await expect(viewer.locator('.react-flow__node.selectable')).toHaveCount(0);
  await expect(viewer.locator('.react-flow__handle.connectable')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /^(Save|Run)/ })).toHaveCount(0);
  await expect(viewer.getByTestId('fork-count')).toHaveText('No forks yet');
  const outputs = viewer.getByTestId('shared-outputs');
  await expect(outputs.locator('img[data-testid^="shared-image-"]').first()).toBeVisible();
  await expect
    .poll(() =>
      outputs
        .locator('img[data-testid^="shared-image-"]')
        .first()
        .evaluate((img) => (img as HTMLImageElement).naturalWidth),
    )
    .toBeGreaterThan(0);
  await expect(outputs.locator('canvas[data-testid^="shared-plan-"]').first()).toBeVisible();
  await viewer.screenshot({ path: testInfo.outputPath('shared.png') });

  // Fork: the copy opens in the viewer's editor and names where it came from.
  await viewer.getByRole('button', { name: 'Fork' }).click();
  await viewer.waitForURL(/\/\?workflow=/);
  await expect(viewer.getByTestId('doc-name')).toHaveText(name);
  await expect(flowNode(viewer, 'plan')).toBeVisible();
  await menuButton(viewer, 'Share…').click();
  const forkShare = viewer.getByRole('dialog', { name: 'Share' });
  await expect(forkShare.getByTestId('forked-from')).toHaveText(`Forked from “${name}”`);
  await expect(forkShare.getByRole('radio', { name: /Private/ })).toBeChecked();

  // The original counts and lists its fork.
  await menuButton(page, 'Share…').click();
  await expect(share.getByTestId('fork-count')).toHaveText('1 fork:');
  await expect(share.getByRole('list', { name: 'Forks' })).toContainText(name);
  // Public: it joins the gallery, under the same link.
  await share.getByRole('radio', { name: /Public/ }).check();
  await expect(share.getByTestId('share-link')).toHaveValue(link);
  await share.getByRole('button', { name: 'Done' }).click();
  await viewer.goto('/gallery');
  const card = viewer.getByRole('link', { name: new RegExp(name) });
  await expect(card).toBeVisible();
  await expect(card.locator('img')).toBeVisible();
  await card.click();
  await expect(viewer.getByTestId('shared-name')).toHaveText(name);
  await expect(viewer.getByTestId('fork-count')).toHaveText('1 fork');
  await stranger.close();

  // Made private, the link opens nothing (same as an unknown link).
  await menuButton(page, 'Share…').click();
  await share.getByRole('radio', { name: /Private/ }).check();
  await expect(share.getByTestId('share-link')).toBeHidden();
  await share.getByRole('button', { name: 'Done' }).click();
  expect((await page.goto(link))?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
});
