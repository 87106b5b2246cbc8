// Components: make one from the poster's planner and expander (Ctrl+G), run it (the plan grid
// fills on the component node), open it and edit a param inside, go back, save, reload (the
// component is still there, with the edit), and ungroup it back into the original graph.
import { type Page, expect, test } from '@playwright/test';
import {
  exportDocument,
  flowNode,
  flowNodes,
  graphOf,
  menuButton,
  nodeStatus,
  openFreshEditor,
  setParam,
  fitView,
  waitForStillViewport,
} from './support/editor.ts';
import type { WorkflowDoc } from './support/pipeline.ts';
import { runToSuccess } from './support/runs.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const NAME = 'Poster with a planner component';

const header = (page: Page, id: string) => flowNode(page, id).locator('.tnode__header');

/** The poster with the expander's seed set to `seed`: what ungrouping should give back. */
function withExpandSeed(doc: WorkflowDoc, seed: number): WorkflowDoc {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === 'expand' ? { ...n, params: { ...n.params, seed } } : n)),
  };
}

test('make a component of the planner, run it, edit inside, save, reload, ungroup', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openFreshEditor(page);
  await fitView(page);
  const original = await exportDocument(page);
  const count = original.nodes.length;

  // Select the planner and the expander, Ctrl+G, name it and show the planner's seed on it.
  await header(page, 'plan').click();
  await header(page, 'expand').click({ modifiers: ['Control'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Make a component' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Planner');
  await dialog.getByRole('checkbox', { name: /Plan \(autoregressive\) › seed/ }).check();
  await page.screenshot({ path: testInfo.outputPath('make-dialog.png') });
  await dialog.getByRole('button', { name: 'Make component' }).click();
  await expect(dialog).toBeHidden();

  const component = flowNode(page, 'planner');
  await expect(component).toBeVisible();
  await expect(flowNodes(page)).toHaveCount(count - 1);
  await expect(flowNode(page, 'plan')).toHaveCount(0);
  await expect(component.locator('.tnode__title')).toHaveText('Planner');

  // Run: the inner planner's plan grid fills on the component node.
  await runToSuccess(page, 150_000);
  await expect(nodeStatus(page, 'planner')).toHaveText(/done|cached/);
  await fitView(page);
  await expect(component.getByTestId('plan-grid-planner/plan')).toHaveAttribute(
    'data-filled',
    '256',
  );
  await page.screenshot({ path: testInfo.outputPath('component-ran.png') });

  // Open it (double-click), edit a param inside, go back with Escape.
  await header(page, 'planner').dblclick();
  const breadcrumb = page.getByRole('navigation', { name: 'Component path' });
  await expect(breadcrumb).toContainText('Workflow');
  await expect(breadcrumb).toContainText('Planner');
  await expect(flowNodes(page)).toHaveCount(2);
  await waitForStillViewport(page);
  await setParam(page, 'expand', 'seed', '4321');
  // A sweep belongs to the whole workflow: Sweep is off inside, saying so.
  const sweep = flowNode(page, 'expand').getByRole('button', { name: 'Sweep seed…' });
  await expect(sweep).toBeDisabled();
  await expect(sweep).toHaveAttribute('title', /Sweeps run on the whole workflow/);
  // The expander's optional "keep" input, fed by nothing, can become a port of the component.
  await header(page, 'expand').click({ button: 'right' });
  const expose = page.getByRole('menuitem', { name: 'Expose “keep” as component input' });
  await expect(expose).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('expose-port-menu.png') });
  await expose.click();
  await expect(page.getByRole('status')).toContainText(
    'Added input port "keep" to component "Planner"',
  );
  await page.screenshot({ path: testInfo.outputPath('inside.png') });
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await expect(breadcrumb).toBeHidden();
  await fitView(page);
  await expect(flowNodes(page)).toHaveCount(count - 1);

  // Save, reload: the component is still there, with the edit.
  await menuButton(page, 'Save as…').click();
  const save = page.getByRole('dialog', { name: 'Save as' });
  await save.getByRole('textbox', { name: 'Name' }).fill(NAME);
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(save).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('doc-name')).toHaveText(NAME);
  await fitView(page);
  await expect(flowNode(page, 'planner')).toBeVisible();
  const saved = (await exportDocument(page)) as WorkflowDoc & {
    components?: Record<string, { nodes: { id: string; params: Record<string, unknown> }[] }>;
  };
  const inner = saved.components?.planner?.nodes.find((n) => n.id === 'expand');
  expect(inner?.params.seed).toBe(4321);

  // Ungroup from the context menu: the original graph, with the edit.
  await header(page, 'planner').click({ button: 'right' });
  await page.getByRole('menuitem', { name: /Ungroup/ }).click();
  await fitView(page);
  await expect(flowNodes(page)).toHaveCount(count);
  const ungrouped = await exportDocument(page);
  expect(graphOf(ungrouped)).toEqual(graphOf(withExpandSeed(original, 4321)));
  expect('components' in ungrouped).toBe(false);
  await page.screenshot({ path: testInfo.outputPath('ungrouped.png') });
});
