// Runs from the editor: the Run button and the run rows of the queue panel.
import { type Locator, type Page, expect } from '@playwright/test';

const runIds = (page: Page): Promise<string[]> =>
  page
    .getByTestId('run-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-run-id') ?? ''));

/** Clicks Run and returns the queue panel's row of the run it started. */
export async function startRun(page: Page): Promise<Locator> {
  const before = new Set(await runIds(page));
  const button = page.getByTestId('run-button');
  await expect(button).toBeEnabled();
  await button.click();
  let id = '';
  await expect
    .poll(async () => {
      id = (await runIds(page)).find((runId) => runId !== '' && !before.has(runId)) ?? '';
      return id;
    })
    .not.toBe('');
  return page.locator(`[data-testid=run-row][data-run-id="${id}"]`);
}

/** Starts a run and waits until it has succeeded. */
export async function runToSuccess(page: Page, timeout = 60_000): Promise<Locator> {
  const row = await startRun(page);
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout });
  return row;
}
