// Spec 3: save (Save, then a name in the dialog), reload the page: the workflow is intact.
import { expect, test } from '@playwright/test';
import { addNodes, connectAll } from './support/build.ts';
import {
  exportDocument,
  flowEdges,
  flowNodes,
  graphOf,
  menuButton,
  openEmptyEditor,
  setParam,
} from './support/editor.ts';
import { CORE_LINKS, CORE_NODES, EDITOR_VIEWPORT } from './support/pipeline.ts';

test.use({ viewport: EDITOR_VIEWPORT });

const NAME = 'Kept across reloads';

test('a saved workflow comes back intact after a reload', async ({ page }, testInfo) => {
  await openEmptyEditor(page);
  // A new (untitled) workflow: three nodes, three links, params changed from their defaults.
  await addNodes(page, CORE_NODES.slice(0, 3));
  await connectAll(page, [
    ...CORE_LINKS.slice(0, 2),
    { from: { node: 'prompt', port: 'prompt' }, to: { node: 'expand', port: 'prompt' } },
  ]);
  await setParam(page, 'prompt', 'text', 'a saved poster, headline "KEEP" at the top');
  await setParam(page, 'plan', 'seed', '1234');
  await setParam(page, 'plan', 'temperature', '0.7');
  await setParam(page, 'expand', 'grid', '64');
  await expect(page.getByTestId('dirty-indicator')).toBeVisible();
  const before = await exportDocument(page);

  await menuButton(page, 'Save').click();
  const dialog = page.getByRole('dialog', { name: 'Save workflow' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(NAME);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('doc-name')).toHaveText(NAME);
  await expect(page.getByTestId('dirty-indicator')).toBeHidden();

  await page.reload();
  await expect(page.getByTestId('doc-name')).toHaveText(NAME);
  await expect(flowNodes(page)).toHaveCount(3);
  await expect(flowEdges(page)).toHaveCount(3);
  await expect(page.getByTestId('dirty-indicator')).toBeHidden();
  await expect(page.locator('#param-prompt-text')).toHaveValue(
    'a saved poster, headline "KEEP" at the top',
  );
  await expect(page.locator('#param-plan-seed')).toHaveValue('1234');
  await expect(page.locator('#param-expand-grid')).toHaveValue('64');
  const after = await exportDocument(page);
  expect(after.name).toBe(NAME);
  expect(graphOf(after)).toEqual(graphOf(before));
  await page.screenshot({ path: testInfo.outputPath('reloaded.png') });
});
