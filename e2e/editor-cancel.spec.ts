// Spec 5: cancel a run from its row in the queue while it is running.
import { expect, test } from '@playwright/test';
import { nodeStatus } from './support/editor.ts';
import { EDITOR_VIEWPORT, pipelineDocument } from './support/pipeline.ts';
import { startRun } from './support/runs.ts';
import { openWithDocument } from './support/workflow-files.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('Cancel in the run row stops a running run', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // Twenty decoder steps (and a fresh seed, so nothing is cached) keep the run busy long enough.
  const doc = pipelineDocument({ name: 'Cancel me', steps: 20 });
  await openWithDocument(page, {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === 'plan' ? { ...n, params: { seed: 424242 } } : n)),
  });

  const row = await startRun(page);
  await expect(row).toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toHaveAttribute('data-status', 'cancelled', { timeout: 20_000 });
  await expect(row.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  // It stopped before the end: nothing was saved.
  await expect(nodeStatus(page, 'save')).not.toHaveText('done');
  await expect(page.locator('img[data-testid=output-image-save]')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('cancelled.png') });
});
