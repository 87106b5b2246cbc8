// Spec 4: change only the decoder's steps and re-run: the planner (and the expander) report
// cached, the decoder runs again.
import { expect, test } from '@playwright/test';
import { nodeStatus, setParam } from './support/editor.ts';
import { EDITOR_VIEWPORT, pipelineDocument } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';
import { openWithDocument } from './support/workflow-files.ts';

test.use({ viewport: EDITOR_VIEWPORT });

test('a re-run after changing only the decoder steps takes the plan from the cache', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openWithDocument(page, pipelineDocument({ name: 'Cache check', steps: 3 }));

  await runToSuccess(page, 90_000);
  for (const id of ['plan', 'expand', 'decode', 'upscale', 'save'])
    await expect(nodeStatus(page, id)).toHaveText('done');

  await setParam(page, 'decode', 'steps', '4');
  await runToSuccess(page, 90_000);
  await expect(nodeStatus(page, 'plan')).toHaveText('cached');
  await expect(nodeStatus(page, 'expand')).toHaveText('cached');
  await expect(nodeStatus(page, 'decode')).toHaveText('done');
  await expect(nodeStatus(page, 'upscale')).toHaveText('done');
  await expect(nodeStatus(page, 'save')).toHaveText('done');
  await page.screenshot({ path: testInfo.outputPath('cached-rerun.png') });
});
