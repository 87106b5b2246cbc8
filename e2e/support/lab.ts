// Driving the Plan Lab: open a run's plan from the editor, read and paint cells, watch lab runs.
import { type Locator, type Page, expect } from '@playwright/test';
import { flowNode } from './editor.ts';
import { type WorkflowDoc, pipelineDocument } from './pipeline.ts';
import { runToSuccess } from './runs.ts';
import { openWithDocument } from './workflow-files.ts';

/** The decoder steps the lab specs run with: enough for an image, quick on a small CPU. */
export const LAB_STEPS = 2;

/**
 * The planner's sampling for the lab's source run: looser than the defaults, so that resampling
 * or sweeping the seed visibly changes the plan (at the defaults the tiny model's background
 * cells are nearly certain, and a resample of the bottom half often keeps every one).
 */
export const LAB_SAMPLING = { temperature: 1.2, topP: 0.95 };

/** The core pipeline as the lab specs run it. */
export function labSourceDocument(name: string): WorkflowDoc {
  const doc = pipelineDocument({ name, steps: LAB_STEPS });
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.type === 'ar.plan' ? { ...n, params: { ...n.params, ...LAB_SAMPLING } } : n,
    ),
  };
}

/** The side of the tessera-tiny layout plan, in cells. */
export const LAYOUT_SIDE = 16;

/** The plan stage (colour map) of the active or the compared plan. */
export const labGrid = (page: Page, role: 'active' | 'compare' = 'active'): Locator =>
  page.getByTestId(`lab-grid-${role}`);

export const labColumn = (page: Page, role: 'active' | 'compare'): Locator =>
  page.getByTestId(`lab-column-${role}`);

/** Tabs of the open plans. */
export const planTabs = (page: Page): Locator =>
  page.getByRole('tablist', { name: 'Open plans' }).getByRole('tab');

/** The lab's error message (role=alert). */
export const labAlert = (page: Page): Locator => page.locator('.lab-message[role=alert]');

/**
 * Runs the core pipeline (few decoder steps) in the editor and returns the address the planner
 * node's "Open in Plan Lab" link points to.
 */
export async function runPipelineForLab(page: Page, name = 'Lab source'): Promise<string> {
  await openWithDocument(page, labSourceDocument(name));
  await runToSuccess(page, 60_000);
  const link = flowNode(page, 'plan').getByRole('link', { name: 'Open in Plan Lab' });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  if (!href?.startsWith('/lab?artifact=')) throw new Error(`unexpected lab link: ${href}`);
  return href;
}

/** Opens a lab address and waits for its plan (a 16×16 layout plan) and original image. */
export async function openLab(page: Page, href: string): Promise<void> {
  await page.goto(href);
  await expect(labGrid(page)).toBeVisible();
  await expect(labColumn(page, 'active').getByTestId('lab-image')).toHaveCount(1);
  await expect(labColumn(page, 'active').getByTestId('lab-image')).toHaveAttribute(
    'data-label',
    'Original',
  );
}

/** Runs the pipeline in the editor, then opens its layout plan in the lab (same tab). */
export async function openRunPlanInLab(page: Page, name?: string): Promise<void> {
  await openLab(page, await runPipelineForLab(page, name));
}

/** Where cell (x, y) of a plan stage is on screen. */
export async function cellPoint(
  stage: Locator,
  x: number,
  y: number,
  side = LAYOUT_SIDE,
): Promise<{ x: number; y: number }> {
  const box = await stage.boundingBox();
  if (!box) throw new Error('the plan stage is not on screen');
  return {
    x: box.x + ((x + 0.5) / side) * box.width,
    y: box.y + ((y + 0.5) / side) * box.height,
  };
}

/** Hovers cell (x, y) of the active plan and reads the token the inspector shows for it. */
export async function tokenAt(page: Page, x: number, y: number): Promise<number> {
  const at = await cellPoint(labGrid(page), x, y);
  await page.mouse.move(at.x, at.y);
  const inspector = page.getByTestId('cell-inspector');
  await expect(inspector).toContainText(`Row ${y}, column ${x} ·`);
  const text = (await inspector.locator('.lab-swatch').first().textContent()) ?? '';
  const match = /#(\d+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token in the inspector: ${text}`);
  return Number(match[1]);
}

/** The lab run rows (render/resample progress, sweep cards' progress). */
export const labRuns = (page: Page): Locator => page.getByTestId('lab-run');
