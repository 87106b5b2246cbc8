// The library: a saved workflow is listed, gets a thumbnail once it has run, is found by search
// and tag, duplicated, edited, deleted to the Trash (with Undo) and restored.
import { expect, test } from '@playwright/test';
import { openFreshEditor } from './support/editor.ts';
import { expectImageLoaded, libraryCard, saveAs } from './support/library.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: EDITOR_VIEWPORT });

const NAME = 'Library poster';

test('save, find, duplicate, delete to the Trash and restore', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await openFreshEditor(page);
  await saveAs(page, NAME);

  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Library' })
    .click();
  await expect(page).toHaveURL(/\/library$/);
  const card = libraryCard(page, NAME);
  await expect(card).toBeVisible();
  await expect(card).toContainText('No image yet');
  await expect(card).toContainText('Never run');

  // Open it, run it: the card shows the saved image and the last run.
  await card.getByRole('link', { name: 'Open', exact: true }).click();
  await expect(page).toHaveURL(/\?workflow=/);
  await expect(page.getByTestId('doc-name')).toHaveText(NAME);
  await runToSuccess(page, 150_000);
  await page.goto('/library');
  await expectImageLoaded(card.getByTestId('thumbnail'));
  await expect(card).toContainText('succeeded');

  // Description and tags (no new version), then search and the tag filter.
  await card.getByRole('button', { name: 'Edit…' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit “${NAME}”` });
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Teal summer sale');
  await dialog.getByRole('textbox', { name: /Tags/ }).fill('Poster, sale');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('Teal summer sale');
  const search = page.getByRole('searchbox', { name: 'Search workflows' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await search.fill('SUMMER');
  await expect(page.getByTestId('library-card')).toHaveCount(1);
  await search.fill('no such words');
  await expect(page.getByTestId('library-empty')).toContainText('No workflow matches');
  await search.fill('');
  await page
    .getByRole('group', { name: 'Filter by tag' })
    .getByRole('button', { name: 'sale' })
    .click();
  await expect(page.getByTestId('library-card')).toHaveCount(1);
  await page
    .getByRole('group', { name: 'Filter by tag' })
    .getByRole('button', { name: 'sale' })
    .click();

  // Duplicate.
  await card.getByRole('button', { name: 'Duplicate' }).click();
  const copy = libraryCard(page, `Copy of ${NAME}`);
  await expect(copy).toBeVisible();
  await expect(copy).toContainText('Teal summer sale');
  await expect(copy).toContainText('Never run');

  // Delete → Undo → delete again → Trash → Restore.
  await copy.getByRole('button', { name: 'Delete' }).click();
  await expect(copy).toHaveCount(0);
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('to the Trash');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: 'Delete' }).click();
  await expect(copy).toHaveCount(0);
  await page.getByRole('tab', { name: 'Trash' }).click();
  const row = page.getByTestId('trash-row').filter({ hasText: `Copy of ${NAME}` });
  await expect(row).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('trash.png') });
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  await page.getByRole('tab', { name: 'Workflows' }).click();
  await expect(copy).toBeVisible();
  await expect(card).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('library.png'), fullPage: true });
});
