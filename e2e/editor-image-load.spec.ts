// Load → upscale → save from the editor: the "Upscale an image" template, a PNG uploaded through
// the Load image node's file picker (thumbnail, list of uploads), a run that saves the image ×4;
// a file that is not an image is refused on the node, and an image dropped on the node uploads
// there instead of opening as a workflow.
import { type Page, expect, test } from '@playwright/test';
import {
  flowNode,
  flowNodes,
  menuButton,
  openFreshEditor,
  waitForStillViewport,
} from './support/editor.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { rgbPng } from './support/png-file.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: EDITOR_VIEWPORT });

/** A 24×16 picture of its own each run (so the run computes it, no cached output). */
const picture = (seed: number): Buffer =>
  rgbPng(24, 16, (x, y) => [(x * 10 + seed) % 256, (y * 15) % 256, x < 12 ? 200 : 40]);

async function openUpscaleTemplate(page: Page): Promise<void> {
  await openFreshEditor(page);
  await menuButton(page, 'Templates…').click();
  await page
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: /Upscale an image/ })
    .click();
  const discard = page.getByRole('button', { name: 'Discard changes' });
  if (await discard.isVisible()) await discard.click();
  await expect(page.getByTestId('doc-name')).toContainText('Upscale an image');
  await expect(flowNodes(page)).toHaveCount(3);
  await page.keyboard.press('f');
  await waitForStillViewport(page);
}

test('an uploaded PNG is upscaled ×4 and saved; a text file is refused on the node', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openUpscaleTemplate(page);
  const load = flowNode(page, 'load');
  // Only the image is asked for: the sha256 and the file itself are the server's business.
  await expect(load.locator('[data-param]')).toHaveCount(1);
  await expect(load.getByText('Drop a PNG, JPEG or WebP image on this node')).toBeVisible();

  // Not an image, whatever its name says: refused, in place.
  await page.getByTestId('input-image-file-load').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('these are words, not pixels'),
  });
  await expect(page.getByTestId('input-image-error-load')).toContainText(
    'notes.png is not an image this server reads',
  );
  await page.screenshot({ path: testInfo.outputPath('image-load-refused.png') });

  const name = `photo-${Date.now()}.png`;
  await page.getByTestId('input-image-file-load').setInputFiles({
    name,
    mimeType: 'image/png',
    buffer: picture(Date.now() % 200),
  });
  await expect(page.getByTestId('input-image-error-load')).toHaveCount(0);
  await expect(load.locator('select')).toHaveValue(name);
  const thumb = page.getByTestId('input-image-thumb-load');
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(24);
  await expect(load.locator('option', { hasText: name })).toHaveCount(1);

  await runToSuccess(page, 90_000);
  const output = page.getByTestId('output-image-save');
  await expect(output).toBeVisible();
  await expect
    .poll(() =>
      output.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`),
    )
    .toBe('96×64');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.keyboard.press('f');
  await waitForStillViewport(page);
  await page.screenshot({ path: testInfo.outputPath('image-load-upscaled.png') });
});

test('an image dropped on the Load image node uploads to it; the workflow stays open', async ({
  page,
}) => {
  await openUpscaleTemplate(page);
  const name = `dropped-${Date.now()}.png`;
  const transfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'image/png' }));
      return dt;
    },
    { base64: picture(7).toString('base64'), name },
  );
  const load = flowNode(page, 'load');
  // Where the pointer is: the node's title bar, as a browser's drop targets the element under it.
  const title = load.locator('.tnode__header');
  await title.dispatchEvent('dragenter', { dataTransfer: transfer });
  await title.dispatchEvent('dragover', { dataTransfer: transfer });
  // The canvas's "Drop to open" overlay leaves the node uncovered.
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByTestId('input-image-load')).toHaveClass(/widget-image--drop/);
  await title.dispatchEvent('drop', { dataTransfer: transfer });

  await expect(load.locator('select')).toHaveValue(name);
  await expect(page.getByTestId('input-image-thumb-load')).toBeVisible();
  await expect(page.getByTestId('doc-name')).toContainText('Upscale an image');
  await expect(flowNodes(page)).toHaveCount(3);
});
