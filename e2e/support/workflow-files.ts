// Opening a known workflow in the editor through the import file input.
import { type Page, expect } from '@playwright/test';
import { flowNodes, importFile, openFreshEditor, waitForStillViewport } from './editor.ts';
import { type WorkflowDoc, jsonFile } from './pipeline.ts';

/** Opens the editor with `doc` imported (an unsaved document), every node on screen. */
export async function openWithDocument(page: Page, doc: WorkflowDoc): Promise<void> {
  await openFreshEditor(page);
  await importFile(page, jsonFile(`${doc.name}.json`, doc));
  await expect(page.getByTestId('doc-name')).toContainText(doc.name);
  await expect(flowNodes(page).first()).toBeVisible();
  await expect(flowNodes(page)).toHaveCount(doc.nodes.length);
  await page.keyboard.press('f');
  await waitForStillViewport(page);
}
