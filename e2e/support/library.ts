// The library and history pages: saving the open workflow from the editor, cards, artifacts.
import { createHash } from 'node:crypto';
import { type Locator, type Page, expect } from '@playwright/test';
import { menuButton } from './editor.ts';

/** Saves the open document as a new workflow named `name` (Save as…). */
export async function saveAs(page: Page, name: string): Promise<void> {
  await menuButton(page, 'Save as…').click();
  const dialog = page.getByRole('dialog', { name: 'Save as' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('doc-name')).toHaveText(name);
}

/** The library card of the workflow named exactly `name`. */
export const libraryCard = (page: Page, name: string): Locator =>
  page
    .getByTestId('library-card')
    .filter({ has: page.getByTestId('card-name').getByText(name, { exact: true }) });

/** sha256 of a stored output, fetched as the browser fetches it. */
export async function artifactSha256(page: Page, artifactId: string): Promise<string> {
  const response = await page.request.get(`/api/artifacts/${artifactId}`);
  expect(response.status()).toBe(200);
  return createHash('sha256')
    .update(await response.body())
    .digest('hex');
}

/** Waits until an <img> has loaded pixels. */
export async function expectImageLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
}
