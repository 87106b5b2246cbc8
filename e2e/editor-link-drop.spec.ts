// Dropping a dragged link on empty canvas opens the node search filtered to nodes that can take
// it, and the chosen node arrives connected. Copy in one tab pastes in another.
import { expect, test } from '@playwright/test';
import {
  addNodeBySearch,
  centreOf,
  flowEdges,
  flowNode,
  flowNodes,
  handle,
  menuButton,
  openEditor,
  openEmptyEditor,
  pane,
} from './support/editor.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a link dropped on empty canvas offers only nodes that take it, and connects the one chosen', async ({
  page,
}, testInfo) => {
  await openEmptyEditor(page);
  await addNodeBySearch(page, 'plan', 'ar.plan', { x: 60, y: 60 });
  const from = await centreOf(handle(page, { node: 'plan', port: 'plan' }, 'output'));
  const box = await pane(page).boundingBox();
  if (!box) throw new Error('no canvas');
  const drop = { x: box.x + box.width - 200, y: box.y + box.height - 200 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(drop.x, drop.y, { steps: 12 });
  await page.mouse.up();

  const dialog = page.getByRole('dialog', { name: 'Add a node' });
  await expect(dialog).toBeVisible();
  const options = dialog.getByRole('option');
  const offered = await options.allTextContents();
  expect(offered.some((o) => o.includes('diffusion.decode'))).toBe(true);
  expect(offered.some((o) => o.includes('plan.expand'))).toBe(true);
  expect(offered.some((o) => o.includes('image.upscale'))).toBe(false);
  expect(offered.some((o) => o.includes('prompt'))).toBe(false);
  await dialog.getByRole('textbox', { name: 'Search nodes' }).fill('decode');
  await page.keyboard.press('Enter');

  await expect(flowNode(page, 'decode')).toBeVisible();
  await expect(flowEdges(page)).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id]')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('link-drop.png') });
});

test('nodes copied in one tab paste into another', async ({ page, context }, testInfo) => {
  await openEmptyEditor(page);
  await addNodeBySearch(page, 'plan', 'ar.plan', { x: 60, y: 60 });
  await flowNode(page, 'plan').locator('.tnode__header').click();
  await page.keyboard.press('Control+c');
  // The draft autosave (debounced) has this tab's unsaved graph before the other tab opens.
  await expect
    .poll(() =>
      page.evaluate(() => {
        // Not the template's draft from the first visit: this tab's one unsaved node.
        const draft = JSON.parse(localStorage.getItem('tessera:draft') ?? 'null') as {
          dirty?: boolean;
          doc?: { nodes?: unknown[] };
        } | null;
        return draft?.dirty === true && draft.doc?.nodes?.length === 1;
      }),
    )
    .toBe(true);

  // The other tab restores this tab's unsaved draft; start it empty instead.
  const other = await context.newPage();
  await openEditor(other);
  await expect(flowNodes(other)).toHaveCount(1);
  await menuButton(other, 'New').click();
  await other.getByRole('button', { name: 'Discard changes' }).click();
  await expect(flowNodes(other)).toHaveCount(0);
  await pane(other).click({ position: { x: 300, y: 300 } });
  await other.keyboard.press('Control+v');
  await expect(flowNodes(other)).toHaveCount(1);
  await expect(flowNode(other, 'plan')).toBeVisible();
  await other.screenshot({ path: testInfo.outputPath('pasted.png') });
});
