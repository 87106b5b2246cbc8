// Drop to load: the PNG a run saved, dropped on an empty editor, gives back the workflow that
// made it, exactly; a PNG without a Tessera workflow is refused with a plain message.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { dataDir } from './playwright.config.ts';
import { exportDocument, flowNode, flowNodes, menuButton, pane } from './support/editor.ts';
import { labGrid, planTabs } from './support/lab.ts';
import { EDITOR_VIEWPORT, pipelineDocument } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';
import { openWithDocument } from './support/workflow-files.ts';

test.use({ viewport: EDITOR_VIEWPORT });

/** Drags a file over the canvas (the overlay shows), then drops it, as a browser does. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      return dt;
    },
    { base64: bytes.toString('base64'), name, type },
  );
  await pane(page).dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await pane(page).dispatchEvent('dragover', { dataTransfer: transfer });
  await pane(page).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

/** New, discarding what a run changed (seeds move on after a run). */
async function newEmptyDocument(page: Page): Promise<void> {
  await menuButton(page, 'New').click();
  const discard = page.getByRole('button', { name: 'Discard changes' });
  const empty = page.getByTestId('empty-canvas');
  await expect(discard.or(empty)).toBeVisible();
  if (await discard.isVisible()) await discard.click();
  await expect(empty).toBeVisible();
  await expect(flowNodes(page)).toHaveCount(0);
}

test('a saved PNG dropped on an empty editor opens the workflow that made it, exactly', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const base = pipelineDocument({ name: 'Dropped poster', steps: 2 });
  // A prompt of its own, so the save node runs now (no cached result from another spec).
  const prompt = `teal poster, headline "DROP ${Date.now() % 100_000}" at top center`;
  const doc = {
    ...base,
    nodes: base.nodes.map((n) => (n.id === 'prompt' ? { ...n, params: { text: prompt } } : n)),
  };
  await openWithDocument(page, doc);
  const ran = await exportDocument(page);
  await runToSuccess(page, 90_000);

  const saved = page.getByTestId('saved-file-save').first();
  await expect(saved).toBeVisible();
  const fileName = (await saved.getAttribute('title')) ?? '';
  expect(fileName).toMatch(/^e2e_\d+\.png$/);
  // The runner writes under the server's data folder (see support/start-stack.mjs).
  const repoRoot = path.resolve(testInfo.config.rootDir, '..');
  const png = await readFile(path.join(repoRoot, dataDir, 'outputs', fileName));

  // The layout plan the run stored, as a .tplan (the bytes /api/artifacts serves).
  const labLink = flowNode(page, 'plan').getByRole('link', { name: 'Open in Plan Lab' });
  const artifactId = new URLSearchParams(
    ((await labLink.getAttribute('href')) ?? '').split('?')[1],
  ).get('artifact');
  const planBytes = await (await page.request.get(`/api/artifacts/${artifactId}`)).body();

  await newEmptyDocument(page);
  await dropFile(page, fileName, png, 'image/png');

  await expect(flowNodes(page)).toHaveCount(doc.nodes.length);
  await expect(page.getByTestId('doc-name')).toContainText('Dropped poster');
  await expect(
    page.getByRole('status').filter({ hasText: `Opened the workflow of “${fileName}”` }),
  ).toBeVisible();
  expect(await exportDocument(page)).toEqual(ran);
  await page.screenshot({ path: testInfo.outputPath('dropped-png.png') });

  // A .tplan dropped on the editor opens in the Plan Lab.
  await dropFile(page, 'layout.tplan', planBytes, 'application/octet-stream');
  await expect(page).toHaveURL(/\/lab\?from=drop$/);
  await expect(labGrid(page)).toBeVisible();
  await expect(planTabs(page)).toContainText(['layout']);
});

test('a PNG without a Tessera workflow is refused plainly; the open workflow stays', async ({
  page,
}) => {
  await openWithDocument(page, pipelineDocument({ name: 'Stays open' }));
  const before = await exportDocument(page);
  // A 1×1 PNG from elsewhere: no Tessera text chunks.
  const plain = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  await dropFile(page, 'holiday.png', plain, 'image/png');
  const alert = page.getByRole('alert').filter({ hasText: 'holiday.png' });
  await expect(alert).toContainText('This PNG has no Tessera workflow in it');
  expect(await exportDocument(page)).toEqual(before);
});
