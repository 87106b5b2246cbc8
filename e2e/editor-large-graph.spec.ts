// A 1,000-node workflow: React Flow is given only the part around the view (flow-window.ts), so
// what lies elsewhere must appear, linked, wherever the view goes, and move when dragged.
import { expect, test } from '@playwright/test';
import { flatThousand } from './bench/thousand-nodes.ts';
import { flowNode, flowNodes } from './support/editor.ts';

test('a 1,000-node workflow draws its far side, links and all, where the view goes', async ({
  page,
}) => {
  const created = await page.request.post('/api/trpc/workflows.create', {
    data: { name: 'A thousand nodes', document: flatThousand() },
  });
  expect(created.ok()).toBe(true);
  const id = ((await created.json()) as { result: { data: { id: string } } }).result.data.id;

  await page.goto(`/?workflow=${id}`);
  // It opens on the start of its main path: the first block, readable.
  await expect(flowNode(page, 'plan0_0')).toBeVisible();
  await expect(flowNode(page, 'decode1_49')).toHaveCount(0);

  // Low in the minimap's right end lies the last block (block 49). The minimap spans the view
  // too, so the spot moves after the first click: click until the block is in view.
  const minimap = page.getByRole('img', { name: 'Minimap' });
  const box = await minimap.boundingBox();
  if (!box) throw new Error('the minimap is not on screen');
  await expect(async () => {
    await page.mouse.click(box.x + box.width * 0.955, box.y + box.height * 0.83);
    await expect(flowNode(page, 'view1_49')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(flowNode(page, 'view1_49')).toBeVisible();
  const preview = flowNode(page, 'preview1_49');
  await expect(preview).toBeVisible();
  // Its links are drawn, also the one from a node of the block that may lie off screen.
  const link = (from: string, to: string) =>
    page.getByRole('group', { name: `Edge from ${from} to ${to}` });
  await expect(link('preview1_49', 'view1_49')).toBeAttached();
  await expect(link('plan1_49', 'preview1_49')).toBeAttached();

  // A node there drags like any other.
  const header = preview.locator('.tnode__header');
  const before = await preview.boundingBox();
  const at = await header.boundingBox();
  if (!before || !at) throw new Error('preview1_49 is not on screen');
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2 + 40, at.y + at.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => ((await preview.boundingBox())?.y ?? 0) - before.y)
    .toBeGreaterThan(30);

  // F fits the graph (at the smallest zoom, about half of it): hundreds of nodes drawn at once.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await expect(flowNode(page, 'decode1_25')).toBeVisible();
  await expect.poll(() => flowNodes(page).count()).toBeGreaterThan(300);
});
