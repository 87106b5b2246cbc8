// Plan Lab: a session saved as a workflow re-creates it — the plan as opened (plan.load), its
// edits (plan.edit) and the render — and opens in the editor.
import { expect, test } from '@playwright/test';
import { fitUntilDrawn, flowNode } from './support/editor.ts';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { cellPoint, labGrid, openRunPlanInLab, tokenAt } from './support/lab.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a lab edit saved as a workflow opens in the editor with plan.load and plan.edit', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  await openRunPlanInLab(page, 'Lab save');
  // Paint one cell with a token it does not have (palette: 12 columns of 20-px swatches).
  const was = await tokenAt(page, 2, 14);
  const token = was === 5 ? 6 : 5;
  await page.getByTestId('codebook-palette').click({
    position: { x: (token % 12) * 20 + 10, y: Math.floor(token / 12) * 20 + 10 },
  });
  const point = await cellPoint(labGrid(page), 2, 14);
  await page.mouse.click(point.x, point.y);
  const column = page.getByTestId('lab-column-active');
  await expect(column).toContainText('1 edit');

  await page.getByRole('button', { name: 'Save as workflow' }).click();
  const link = page.getByRole('link', { name: 'Open it in the editor' });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/\?workflow=/);

  await page.goto(href ?? '/');
  await expect(flowNode(page, 'load')).toBeVisible();
  // A document opens on the start of its main path; F fits every node in view.
  await fitUntilDrawn(page, 'save');
  await expect(flowNode(page, 'edit')).toBeAttached();
  await expect(flowNode(page, 'save')).toBeAttached();
  await expect(page.getByTestId('doc-name')).toContainText('Plan Lab:');
  await page.screenshot({ path: testInfo.outputPath('lab-saved-workflow.png') });
});
