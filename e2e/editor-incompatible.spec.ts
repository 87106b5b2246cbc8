// Spec 2: an incompatible connection is refused. While prompt's PROMPT output is dragged, decode's
// TOKEN_PLAN input is marked incompatible (and its PROMPT input is not); dropping the link on it
// adds no edge.
import { expect, test } from '@playwright/test';
import {
  addNodeBySearch,
  dragBetween,
  dragLink,
  flowEdges,
  flowNodes,
  handle,
  openEmptyEditor,
  portRow,
} from './support/editor.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a PROMPT output dropped on a TOKEN_PLAN input adds no edge', async ({ page }, testInfo) => {
  await openEmptyEditor(page);
  await addNodeBySearch(page, 'prompt', 'prompt', { x: 60, y: 60 });
  await addNodeBySearch(page, 'decode', 'diffusion.decode', { x: 500, y: 60 });
  await expect(flowNodes(page)).toHaveCount(2);

  const from = { node: 'prompt', port: 'prompt' };
  const planInput = { node: 'decode', port: 'plan' };
  const promptInput = { node: 'decode', port: 'prompt' };
  await expect(portRow(page, planInput, 'input')).not.toHaveClass(/port--incompatible/);

  // Press on the output and move onto the plan input, holding the button.
  await dragBetween(page, handle(page, from, 'output'), handle(page, planInput, 'input'), {
    release: false,
  });
  await expect(portRow(page, planInput, 'input')).toHaveClass(/port--incompatible/);
  await expect(portRow(page, promptInput, 'input')).not.toHaveClass(/port--incompatible/);
  await page.screenshot({ path: testInfo.outputPath('incompatible-drag.png') });
  await page.mouse.up();

  await expect(flowEdges(page)).toHaveCount(0);
  await expect(portRow(page, planInput, 'input')).not.toHaveClass(/port--incompatible/);
  // The refused drop opened nothing else either (a link dropped on empty canvas opens the search).
  await expect(page.getByRole('dialog', { name: 'Add a node' })).toBeHidden();

  // The compatible input still takes the same output.
  await dragLink(page, from, promptInput);
  await expect(flowEdges(page)).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('incompatible-after.png') });
});
