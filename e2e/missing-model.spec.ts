// Missing pieces: a workflow that names a model no connected runner holds says so before any
// run (which node needs it, why Run is off); fixing the param clears it. A pinned package that
// differs from the runner's is a warning that leaves Run on.
import { type Page, expect, test } from '@playwright/test';
import { flowNode, flowNodes, importFile, openFreshEditor, setParam } from './support/editor.ts';
import { EDITOR_VIEWPORT, jsonFile, pipelineDocument } from './support/pipeline.ts';

test.use({ viewport: EDITOR_VIEWPORT });

async function openDocument(page: Page, doc: { name: string; nodes: readonly unknown[] }) {
  await openFreshEditor(page);
  await importFile(page, jsonFile(`${doc.name}.json`, doc));
  await expect(page.getByTestId('doc-name')).toContainText(doc.name);
  await expect(flowNodes(page)).toHaveCount(doc.nodes.length);
}

test('a model no runner holds is named with the node needing it, and Run says why it is off', async ({
  page,
}, testInfo) => {
  const base = pipelineDocument({ name: 'Needs a big model' });
  const doc = {
    ...base,
    nodes: base.nodes.map((n) =>
      n.id === 'plan' ? { ...n, params: { ...n.params, model: 'tessera-huge' } } : n,
    ),
  };
  await openDocument(page, doc);

  const panel = page.getByTestId('missing-pieces');
  await expect(panel).toBeVisible();
  const piece = panel.getByTestId('missing-piece');
  await expect(piece).toHaveCount(1);
  await expect(piece).toHaveAttribute('data-kind', 'model');
  await expect(piece).toContainText('tessera-huge');
  await expect(piece).toContainText('No connected runner holds the model “tessera-huge”');
  await expect(page.getByTestId('run-button')).toBeDisabled();
  await expect(page.getByTestId('run-disabled-reason')).toHaveText(
    'No connected runner has the model tessera-huge, needed by “plan”',
  );
  // The node is marked, and says what it lacks; the others are not.
  await expect(flowNode(page, 'plan').locator('.tnode')).toHaveClass(/tnode--missing/);
  await expect(page.getByTestId('missing-plan')).toContainText('tessera-huge');
  await expect(page.locator('.tnode--missing')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('missing-model.png') });

  // A click on the node's name selects it.
  await piece.getByRole('button', { name: 'plan', exact: true }).click();
  await expect(flowNode(page, 'plan').locator('.tnode')).toHaveClass(/tnode--selected/);

  await setParam(page, 'plan', 'model', 'tessera-tiny');
  await expect(panel).toBeHidden();
  await expect(page.locator('.tnode--missing')).toHaveCount(0);
  await expect(page.getByTestId('run-button')).toBeEnabled();
});

test('a pinned model package that differs from the runner’s is a warning; Run stays on', async ({
  page,
}) => {
  const doc = {
    ...pipelineDocument({ name: 'Pinned elsewhere' }),
    models: { 'tessera-tiny': '0'.repeat(64) },
  };
  await openDocument(page, doc);
  const piece = page.getByTestId('missing-piece');
  await expect(piece).toHaveCount(1);
  await expect(piece).toHaveAttribute('data-kind', 'model-version');
  await expect(piece).toContainText('000000000000');
  await expect(piece).toContainText('plan');
  await expect(page.getByTestId('run-button')).toBeEnabled();
});
