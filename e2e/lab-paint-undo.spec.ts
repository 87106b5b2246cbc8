// Plan Lab: paint cells with a token from the codebook palette, then undo: each cell's token
// changes, then reverts.
import { expect, test } from '@playwright/test';
import { EDITOR_VIEWPORT } from './support/pipeline.ts';
import { cellPoint, labGrid, openRunPlanInLab, tokenAt } from './support/lab.ts';

test.use({ viewport: EDITOR_VIEWPORT });

/** Palette layout (CodebookPalette): 12 columns of 20-px swatches. */
const PALETTE_COLUMNS = 12;
const SWATCH = 20;

test('paint cells, then undo reverts them', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await openRunPlanInLab(page, 'Lab paint');
  const cells = [
    { x: 3, y: 12 },
    { x: 4, y: 12 },
    { x: 5, y: 12 },
  ];
  const before: number[] = [];
  for (const c of cells) before.push(await tokenAt(page, c.x, c.y));

  // A token none of the cells has, picked from the palette.
  let token = 5;
  while (before.includes(token)) token++;
  await page.getByTestId('codebook-palette').click({
    position: {
      x: (token % PALETTE_COLUMNS) * SWATCH + SWATCH / 2,
      y: Math.floor(token / PALETTE_COLUMNS) * SWATCH + SWATCH / 2,
    },
  });
  await expect(page.getByRole('button', { name: /^Paint/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.lab-tools .lab-swatch')).toHaveText(`#${token}`);

  // One stroke across the three cells.
  const grid = labGrid(page);
  const first = cells[0];
  const last = cells.at(-1);
  if (!first || !last) throw new Error('no cells');
  const a = await cellPoint(grid, first.x, first.y);
  const b = await cellPoint(grid, last.x, last.y);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 6 });
  await page.mouse.up();

  for (const c of cells) expect(await tokenAt(page, c.x, c.y)).toBe(token);
  await expect(page.getByTestId('cell-inspector')).toContainText(`Edited (was #${before.at(-1)})`);
  const column = page.getByTestId('lab-column-active');
  await expect(column).toContainText('1 edit');
  await page.screenshot({ path: testInfo.outputPath('lab-painted.png') });

  await column.getByRole('button', { name: 'Undo' }).click();
  await expect(column).toContainText('0 edits');
  for (const [i, c] of cells.entries()) expect(await tokenAt(page, c.x, c.y)).toBe(before[i]);
  await expect(page.getByTestId('cell-inspector')).not.toContainText('Edited');
  await expect(column.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('lab-undone.png') });
});
