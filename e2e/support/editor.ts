// Driving the editor the way a person does: the canvas, the node search, handles, the menu.
import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect } from '@playwright/test';
import type { WorkflowDoc } from './pipeline.ts';

export interface PortRef {
  readonly node: string;
  readonly port: string;
}

export const pane = (page: Page): Locator => page.locator('.react-flow__pane');
export const flowNode = (page: Page, id: string): Locator =>
  page.locator(`.react-flow__node[data-id="${id}"]`);
export const flowNodes = (page: Page): Locator => page.locator('.react-flow__node');
export const flowEdges = (page: Page): Locator => page.locator('.react-flow__edge');
const handleSelector = (port: string, side: 'output' | 'input'): string =>
  `.react-flow__handle.${side === 'output' ? 'source' : 'target'}[data-handleid="${port}"]`;
/** An output (source) or input (target) handle of a node. */
export const handle = (page: Page, ref: PortRef, side: 'output' | 'input'): Locator =>
  flowNode(page, ref.node).locator(handleSelector(ref.port, side));
/** The row around a handle: name, type, and the port--incompatible class while a link is dragged. */
export const portRow = (page: Page, ref: PortRef, side: 'output' | 'input'): Locator =>
  flowNode(page, ref.node)
    .locator(`.port--${side}`)
    .filter({ has: page.locator(handleSelector(ref.port, side)) });
export const nodeStatus = (page: Page, id: string): Locator => page.getByTestId(`status-${id}`);
export const menuButton = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

/** Opens the editor and waits until the canvas is there. */
export async function openEditor(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(pane(page)).toBeVisible();
}

/**
 * Opens the editor in a fresh browser (each test has one) and waits until it is live: a first
 * visit opens the poster template, which also says the page is hydrated and its start-up done.
 */
export async function openFreshEditor(page: Page): Promise<void> {
  await openEditor(page);
  await expect(flowNodes(page)).not.toHaveCount(0);
}

/** Opens the editor on an empty canvas: New, after the first visit's template. */
export async function openEmptyEditor(page: Page): Promise<void> {
  await openFreshEditor(page);
  await menuButton(page, 'New').click();
  await expect(page.getByTestId('empty-canvas')).toBeVisible();
  await expect(flowNodes(page)).toHaveCount(0);
}

/** The centre of an element on screen. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Adds a node by search: double-clicks the empty canvas at `at` (relative to the pane), types
 * `query` into "Search nodes", checks the highlighted option is `type`, presses Enter.
 */
export async function addNodeBySearch(
  page: Page,
  query: string,
  type: string,
  at: { x: number; y: number },
): Promise<void> {
  await pane(page).dblclick({ position: at });
  const dialog = page.getByRole('dialog', { name: 'Add a node' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Search nodes' }).fill(query);
  await expect(dialog.locator('[role=option][aria-selected=true]')).toContainText(type);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

/** Presses the mouse on `from`, moves in small steps onto `to`; releases unless told not to. */
export async function dragBetween(
  page: Page,
  from: Locator,
  to: Locator,
  options: { release?: boolean } = {},
): Promise<void> {
  const a = await centreOf(from);
  const b = await centreOf(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  if (options.release !== false) await page.mouse.up();
}

/** Drags a link from an output handle to an input handle (no checks: see the specs). */
export async function dragLink(page: Page, from: PortRef, to: PortRef): Promise<void> {
  await dragBetween(page, handle(page, from, 'output'), handle(page, to, 'input'));
}

/** Sets a param through its widget (`#param-<node>-<param>`), committing it as a person would. */
export async function setParam(
  page: Page,
  node: string,
  param: string,
  value: string,
): Promise<void> {
  const field = page.locator(`#param-${node}-${param}`);
  const tag = await field.evaluate((el) => el.tagName);
  if (tag === 'SELECT') {
    await field.selectOption(value);
  } else {
    await field.fill(value);
    if (tag === 'TEXTAREA') await field.blur();
    else await field.press('Enter');
  }
  await expect(field).toHaveValue(value);
}

/** Waits until the canvas stops panning or zooming (fit view animates). */
export async function waitForStillViewport(page: Page): Promise<void> {
  const transform = (): Promise<string> =>
    page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await transform();
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

/** Presses F (fit every node in view) and waits for the viewport to settle. */
export async function fitView(page: Page): Promise<void> {
  await page.keyboard.press('f');
  await waitForStillViewport(page);
}

/**
 * Presses F (fit every node) until `nodeId` is drawn. A document opens on the start of its main
 * path once its drawn nodes are measured; an F pressed before that view is applied is replaced by
 * it, so one press right after opening is not always enough.
 */
export async function fitUntilDrawn(page: Page, nodeId: string): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('f');
    await waitForStillViewport(page);
    await expect(flowNode(page, nodeId)).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** Exports the open workflow (menu → Export) and reads the downloaded document. */
export async function exportDocument(page: Page): Promise<WorkflowDoc> {
  const download = page.waitForEvent('download');
  await menuButton(page, 'Export').click();
  const file = await (await download).path();
  return JSON.parse(await readFile(file, 'utf8')) as WorkflowDoc;
}

/** Imports a workflow file through the import input (as the Import… button's picker does). */
export async function importFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(file);
}

/** Nodes and edges of a document, the part that undo/redo and save/load must keep exactly. */
export function graphOf(doc: WorkflowDoc): Pick<WorkflowDoc, 'nodes' | 'edges'> {
  return { nodes: doc.nodes, edges: doc.edges };
}
