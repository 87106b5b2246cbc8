// Spec 6: importing a malformed JSON file shows a clear message and leaves the open workflow as it was.
import { expect, test } from '@playwright/test';
import { exportDocument, flowNodes, importFile } from './support/editor.ts';
import { EDITOR_VIEWPORT, jsonFile, pipelineDocument } from './support/pipeline.ts';
import { openWithDocument } from './support/workflow-files.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a malformed file is refused with a message; the open workflow is untouched', async ({
  page,
}, testInfo) => {
  const doc = pipelineDocument({ name: 'Open before the import' });
  await openWithDocument(page, doc);
  const before = await exportDocument(page);
  const docName = page.getByTestId('doc-name');
  // The name, with the unsaved-changes dot an import leaves.
  const shownName = (await docName.textContent()) ?? '';
  expect(shownName).toContain(doc.name);

  await importFile(page, jsonFile('broken.json', '{"format": "tessera.workflow", "nodes": [ {'));
  // The message names the file and what is wrong with it.
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/not valid JSON/);

  await expect(docName).toHaveText(shownName);
  await expect(flowNodes(page)).toHaveCount(doc.nodes.length);
  expect(await exportDocument(page)).toEqual(before);
  await page.screenshot({ path: testInfo.outputPath('malformed-import.png') });
});
