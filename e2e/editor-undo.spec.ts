// Spec 7: undo and redo restore the graph exactly, through a run of different edits.
import { type Page, expect, test } from '@playwright/test';
import {
  addNodeBySearch,
  centreOf,
  dragLink,
  exportDocument,
  flowEdges,
  flowNode,
  flowNodes,
  graphOf,
  pane,
  setParam,
  waitForStillViewport,
} from './support/editor.ts';
import { EDITOR_VIEWPORT, pipelineDocument } from './support/pipeline.ts';
import { openWithDocument } from './support/workflow-files.ts';

test.use({ viewport: EDITOR_VIEWPORT });

/** Clicks `name` (Undo or Redo) until it is disabled; returns how many clicks it took. */
async function clickUntilDisabled(page: Page, name: 'Undo' | 'Redo'): Promise<number> {
  const button = page.getByRole('button', { name, exact: true });
  let clicks = 0;
  while (await button.isEnabled()) {
    await button.click();
    clicks += 1;
    if (clicks > 20) throw new Error(`${name} never ran out`);
  }
  return clicks;
}

test('undo all returns to the initial graph, redo all to the final one', async ({
  page,
}, testInfo) => {
  await openWithDocument(page, pipelineDocument({ name: 'Undo me' }));
  const initial = graphOf(await exportDocument(page));
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  // 1. Add a node by search, on empty canvas to the right of the graph (zoomed out to make room).
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 3; i++) await zoomOut.click();
  await waitForStillViewport(page);
  const paneBox = await pane(page).boundingBox();
  const expandBox = await flowNode(page, 'expand').boundingBox();
  if (!paneBox || !expandBox) throw new Error('the canvas is not on screen');
  const spot = {
    x: expandBox.x + expandBox.width + 40 - paneBox.x,
    y: expandBox.y + 20 - paneBox.y,
  };
  expect(spot.x).toBeLessThan(paneBox.width - 160);
  await addNodeBySearch(page, 'preview image', 'image.preview', spot);
  await expect(flowNodes(page)).toHaveCount(initial.nodes.length + 1);
  // 2. Connect it.
  await dragLink(page, { node: 'decode', port: 'image' }, { node: 'preview', port: 'image' });
  await expect(flowEdges(page)).toHaveCount(initial.edges.length + 1);
  // 3. Change a param.
  await setParam(page, 'plan', 'seed', '42');
  // 4. Move a node by its header.
  const header = flowNode(page, 'upscale').locator('.tnode__header');
  const from = await centreOf(header);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 96, from.y + 64, { steps: 10 });
  await page.mouse.up();
  // 5. Delete a node (with its edge).
  await flowNode(page, 'save').locator('.tnode__header').click();
  await page.keyboard.press('Delete');
  await expect(flowNode(page, 'save')).toHaveCount(0);

  const final = graphOf(await exportDocument(page));
  expect(final.nodes.find((n) => n.id === 'plan')?.params.seed).toBe(42);
  expect(final.nodes.find((n) => n.id === 'upscale')?.position).not.toEqual(
    initial.nodes.find((n) => n.id === 'upscale')?.position,
  );
  expect(final.nodes.some((n) => n.id === 'save')).toBe(false);

  expect(await clickUntilDisabled(page, 'Undo')).toBe(5);
  expect(graphOf(await exportDocument(page))).toEqual(initial);
  // The canvas shows it too.
  await expect(flowNodes(page)).toHaveCount(initial.nodes.length);
  await expect(flowEdges(page)).toHaveCount(initial.edges.length);
  await expect(flowNode(page, 'preview')).toHaveCount(0);
  await expect(flowNode(page, 'save')).toHaveCount(1);
  await expect(page.locator('#param-plan-seed')).toHaveValue('7');
  await page.screenshot({ path: testInfo.outputPath('undone.png') });

  expect(await clickUntilDisabled(page, 'Redo')).toBe(5);
  expect(graphOf(await exportDocument(page))).toEqual(final);
  await expect(flowNodes(page)).toHaveCount(final.nodes.length);
  await expect(flowEdges(page)).toHaveCount(final.edges.length);
  await expect(flowNode(page, 'save')).toHaveCount(0);
  await expect(page.locator('#param-plan-seed')).toHaveValue('42');
  await page.screenshot({ path: testInfo.outputPath('redone.png') });
});
