// The component library: make a component of the poster's planner and expander, publish it,
// take it into a second workflow from the palette, publish a changed definition from the first
// workflow, and see "update available" on the second one's node; the update shows what changes
// and brings the node to the new version.
import { type Page, expect, test } from '@playwright/test';
import {
  exportDocument,
  flowNode,
  flowNodes,
  menuButton,
  openFreshEditor,
  setParam,
  fitView,
  waitForStillViewport,
} from './support/editor.ts';
import { libraryCard, saveAs } from './support/library.ts';
import type { WorkflowDoc } from './support/pipeline.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const AUTHOR = 'Component author';
const USER = 'Component user';

type WithComponents = WorkflowDoc & {
  components?: Record<
    string,
    {
      source?: { componentId: string; version: number };
      nodes: { id: string; params: Record<string, unknown> }[];
    }
  >;
};

const header = (page: Page, id: string) => flowNode(page, id).locator('.tnode__header');

async function save(page: Page): Promise<void> {
  await menuButton(page, 'Save').click();
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);
}

/** Opens the saved workflow `name` from the library. */
async function openSaved(page: Page, name: string): Promise<void> {
  await page.goto('/library');
  await libraryCard(page, name).getByRole('link', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('doc-name')).toHaveText(name);
  await fitView(page);
}

async function publish(page: Page, category?: string): Promise<void> {
  await header(page, 'planner').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Publish to library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish component to library' });
  await expect(dialog).toBeVisible();
  if (category !== undefined)
    await dialog.getByRole('textbox', { name: /Category/ }).fill(category);
  await dialog.getByRole('button', { name: 'Publish to library' }).click();
  await expect(dialog).toBeHidden();
}

test('publish a component, use it elsewhere, update it from the library', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openFreshEditor(page);
  await fitView(page);

  // The author: the planner and the expander as component "Planner", published under Planning.
  await header(page, 'plan').click();
  await header(page, 'expand').click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+g');
  const make = page.getByRole('dialog', { name: 'Make a component' });
  await make.getByRole('textbox', { name: 'Name', exact: true }).fill('Planner');
  await make.getByRole('button', { name: 'Make component' }).click();
  await expect(flowNode(page, 'planner')).toBeVisible();
  await saveAs(page, AUTHOR);
  await publish(page, 'Planning');
  await expect(page.getByText('Published “Planner” as version 1.')).toBeVisible();
  await save(page);

  // The library lists it under Components, not under Workflows.
  await page.goto('/library');
  await expect(libraryCard(page, AUTHOR)).toBeVisible();
  await expect(libraryCard(page, 'Planner')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Components' }).click();
  await expect(libraryCard(page, 'Planner')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('library-components.png') });

  // A second workflow takes it from the palette, under its category.
  await page.goto('/');
  await menuButton(page, 'New').click();
  await expect(page.getByTestId('empty-canvas')).toBeVisible();
  const palette = page.getByRole('complementary', { name: 'Node palette' });
  await palette.getByRole('searchbox', { name: 'Filter nodes' }).fill('planner');
  const planning = palette
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Planning' }) });
  await planning.getByRole('button', { name: 'Planner' }).click();
  await expect(flowNode(page, 'planner')).toBeVisible();
  await expect(page.getByTestId('update-available-planner')).toHaveCount(0);
  await saveAs(page, USER);
  const taken = (await exportDocument(page)) as WithComponents;
  const libraryId = taken.components?.planner?.source?.componentId;
  expect(taken.components?.planner?.source).toEqual({ componentId: libraryId, version: 1 });

  // The author changes the expander's seed inside and publishes version 2.
  await openSaved(page, AUTHOR);
  await header(page, 'planner').dblclick();
  await expect(flowNodes(page)).toHaveCount(2);
  await waitForStillViewport(page);
  await setParam(page, 'expand', 'seed', '4321');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await fitView(page);
  await publish(page);
  await expect(page.getByText('Published “Planner” as version 2.')).toBeVisible();
  await save(page);

  // The second workflow's node says so; the update shows the change and applies it.
  await openSaved(page, USER);
  const badge = page.getByTestId('update-available-planner');
  await expect(badge).toHaveText('Update available · v1 → v2');
  await page.screenshot({ path: testInfo.outputPath('update-available.png') });
  await badge.click();
  const update = page.getByRole('dialog', { name: 'Update component' });
  await expect(update.getByTestId('diff-list')).toContainText('4321');
  await page.screenshot({ path: testInfo.outputPath('update-dialog.png') });
  await update.getByRole('button', { name: 'Update to version 2' }).click();
  await expect(update).toBeHidden();
  await expect(badge).toHaveCount(0);
  const updated = (await exportDocument(page)) as WithComponents;
  expect(updated.components?.planner?.source).toEqual({ componentId: libraryId, version: 2 });
  const expand = updated.components?.planner?.nodes.find((node) => node.id === 'expand');
  expect(expand?.params.seed).toBe(4321);
});
