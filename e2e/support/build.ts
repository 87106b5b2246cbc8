// Building a graph the way a person does: nodes by search, links by dragging handles.
import { type Page, expect } from '@playwright/test';
import {
  type PortRef,
  addNodeBySearch,
  dragLink,
  flowEdges,
  flowNode,
  flowNodes,
} from './editor.ts';

export interface NodeToAdd {
  readonly id: string;
  readonly type: string;
  /** What is typed into the search. */
  readonly query: string;
  /** Where it goes, relative to the canvas's top-left corner (zoom 1 on an empty canvas). */
  readonly at: { readonly x: number; readonly y: number };
}

/** The double-click lands this far in from the node's intended corner. */
const MARGIN = 40;

/** Adds each node by search and checks it arrived with the expected id and type. */
export async function addNodes(page: Page, nodes: readonly NodeToAdd[]): Promise<void> {
  const start = await flowNodes(page).count();
  for (const [i, node] of nodes.entries()) {
    await addNodeBySearch(page, node.query, node.type, {
      x: node.at.x + MARGIN,
      y: node.at.y + MARGIN,
    });
    await expect(flowNodes(page)).toHaveCount(start + i + 1);
    await expect(flowNode(page, node.id).locator('.tnode')).toHaveAttribute(
      'data-node-type',
      node.type,
    );
  }
}

/** Drags each link from its output handle to its input handle; each adds exactly one edge. */
export async function connectAll(
  page: Page,
  links: readonly { readonly from: PortRef; readonly to: PortRef }[],
): Promise<void> {
  const start = await flowEdges(page).count();
  for (const [i, link] of links.entries()) {
    await dragLink(page, link.from, link.to);
    await expect(flowEdges(page)).toHaveCount(start + i + 1);
  }
}
