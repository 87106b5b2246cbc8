// Versions: two saves make two versions; comparing them highlights the changed param and the
// added node on the canvas and lists them; restoring the older one makes it the new head.
import { type Page, expect, test } from '@playwright/test';
import { addNodes, connectAll } from './support/build.ts';
import {
  exportDocument,
  flowNode,
  graphOf,
  menuButton,
  openEmptyEditor,
  setParam,
} from './support/editor.ts';
import { CORE_LINKS, CORE_NODES, EDITOR_VIEWPORT } from './support/pipeline.ts';

test.use({ viewport: EDITOR_VIEWPORT });

async function saveNew(page: Page, name: string): Promise<void> {
  await menuButton(page, 'Save').click();
  const dialog = page.getByRole('dialog', { name: 'Save workflow' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dirty-indicator')).toBeHidden();
}

async function saveOver(page: Page, version: number): Promise<void> {
  await menuButton(page, 'Save').click();
  await expect(page.getByText(`Saved (version ${version})`)).toBeVisible();
  await expect(page.getByTestId('dirty-indicator')).toBeHidden();
}

test('compare two versions on the canvas, then restore the older one', async ({
  page,
}, testInfo) => {
  await openEmptyEditor(page);
  await addNodes(page, CORE_NODES.slice(0, 2));
  await connectAll(page, CORE_LINKS.slice(0, 1));
  await setParam(page, 'plan', 'seed', '7');
  await saveNew(page, `Versions ${Date.now()}`);
  const first = await exportDocument(page);

  // Version 2: the planner's seed changed and a node added.
  await setParam(page, 'plan', 'seed', '1234');
  await addNodes(page, CORE_NODES.slice(2, 3));
  await saveOver(page, 2);

  await menuButton(page, 'Versions…').click();
  const panel = page.getByRole('dialog', { name: 'Versions' });
  await expect(panel.locator('[data-version]')).toHaveCount(2);
  await panel.getByRole('checkbox', { name: 'Pick version 1 to compare' }).check();
  await panel.getByRole('checkbox', { name: 'Pick version 2 to compare' }).check();
  await panel.getByRole('button', { name: 'Compare 1 → 2' }).click();
  await expect(panel).toBeHidden();

  const banner = page.getByTestId('version-banner');
  await expect(banner).toContainText('Comparing version 1 → 2');
  const plan = flowNode(page, 'plan').locator('.tnode');
  await expect(plan).toHaveAttribute('data-diff', 'changed');
  const seed = plan.locator('[data-param="seed"]');
  await expect(seed).toHaveAttribute('data-changed', 'true');
  await expect(seed).toContainText('7');
  await expect(seed).toContainText('1234');
  await expect(flowNode(page, 'expand').locator('.tnode')).toHaveAttribute('data-diff', 'added');
  await expect(flowNode(page, 'prompt').locator('.tnode')).not.toHaveAttribute('data-diff', /.*/);
  // Read-only: no form controls on the canvas.
  await expect(page.locator('.react-flow__node').locator('input, select, textarea')).toHaveCount(0);
  const list = page.getByTestId('diff-list');
  await expect(list.locator('[data-kind=changed]')).toContainText(['(plan) seed: 7 → 1234']);
  await expect(list.locator('[data-kind=added]')).toContainText([/Added node .*\(expand\)/]);
  await page.screenshot({ path: testInfo.outputPath('diff.png') });

  // Restore version 1 from the comparison (the older one): it becomes version 3.
  await banner.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByText('Restored version 1 as version 3')).toBeVisible();
  await expect(banner).toBeHidden();
  await expect(page.locator('#param-plan-seed')).toHaveValue('7');
  await expect(page.getByTestId('dirty-indicator')).toBeHidden();
  const head = await exportDocument(page);
  expect(graphOf(head)).toEqual(graphOf(first));

  // History is kept: three versions, the newest current.
  await menuButton(page, 'Versions…').click();
  await expect(panel.locator('[data-version]')).toHaveCount(3);
  await expect(panel.locator('[data-version="3"]')).toContainText('current');

  // Version 2 opens read-only, with Back to the head.
  await panel.locator('[data-version="2"]').getByRole('button', { name: 'Open' }).click();
  await expect(banner).toContainText('Viewing version 2');
  await expect(flowNode(page, 'plan').locator('[data-param="seed"]')).toContainText('1234');
  await banner.getByRole('button', { name: 'Back' }).click();
  await expect(banner).toBeHidden();
  await expect(page.locator('#param-plan-seed')).toHaveValue('7');
});
