import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { TesseraFlowNode } from './flow-elements.ts';
import { WHOLE_GRAPH_BELOW, contains, flowSubset, windowAround } from './flow-window.ts';

/** A row of `count` nodes 300 apart (200×100 each), n0 at x = 0, linked n0 → n1 → n2 → … */
function row(count: number): { nodes: TesseraFlowNode[]; edges: Edge[] } {
  const nodes = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `n${i}`,
        type: 'tessera',
        position: { x: i * 300, y: 0 },
        data: { node: { id: `n${i}`, type: 'prompt', params: {} } },
        initialWidth: 200,
        initialHeight: 100,
      }) as unknown as TesseraFlowNode,
  );
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id }));
  return { nodes, edges };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

describe('the flow window', () => {
  it('reaches one view beyond the view on each side', () => {
    expect(windowAround({ x: 100, y: 50, width: 400, height: 200 })).toEqual({
      x: -300,
      y: -150,
      width: 1200,
      height: 600,
    });
    expect(
      contains({ x: 0, y: 0, width: 10, height: 10 }, { x: 1, y: 1, width: 9, height: 9 }),
    ).toBe(true);
    expect(
      contains({ x: 0, y: 0, width: 10, height: 10 }, { x: 1, y: 1, width: 10, height: 9 }),
    ).toBe(false);
  });

  it('gives small graphs, or any graph without a window, whole', () => {
    const small = row(WHOLE_GRAPH_BELOW - 1);
    const window = { x: 0, y: 0, width: 10, height: 10 };
    expect(flowSubset(small.nodes, small.edges, window, new Set()).nodes).toHaveLength(
      small.nodes.length,
    );
    const large = row(WHOLE_GRAPH_BELOW);
    expect(flowSubset(large.nodes, large.edges, undefined, new Set()).edges).toHaveLength(
      large.edges.length,
    );
  });

  it('gives the nodes in the window, the links crossing it and the nodes at their far ends', () => {
    const { nodes, edges } = row(300);
    // Covers n10 (x 3000–3200) and n11 (3300–3500) only.
    const subset = flowSubset(nodes, edges, { x: 2950, y: -10, width: 600, height: 50 }, new Set());
    expect(ids(subset.nodes)).toEqual(['n9', 'n10', 'n11', 'n12']);
    expect(ids(subset.edges)).toEqual(['e9', 'e10', 'e11']);
    for (const edge of subset.edges) {
      expect(ids(subset.nodes)).toContain(edge.source);
      expect(ids(subset.nodes)).toContain(edge.target);
    }
  });

  it('gives a link passing over the window though both its ends lie outside it', () => {
    const { nodes } = row(300);
    const long = { id: 'long', source: 'n0', target: 'n299' };
    const subset = flowSubset(
      nodes,
      [long],
      { x: 45_000, y: -10, width: 100, height: 20 },
      new Set(),
    );
    expect(ids(subset.edges)).toEqual(['long']);
    expect(ids(subset.nodes)).toEqual(['n0', 'n150', 'n299']);
  });

  it('keeps kept nodes, and nodes given before, wherever they are', () => {
    const { nodes, edges } = row(300);
    const window = { x: 0, y: 0, width: 100, height: 100 };
    const kept = flowSubset(nodes, edges, window, new Set(['n200']));
    expect(ids(kept.nodes)).toEqual(['n0', 'n1', 'n200']);
    expect(ids(kept.edges)).toEqual(['e0']);
    const before = flowSubset(nodes, edges, window, new Set(), new Set(['n199', 'n200', 'n400']));
    expect(ids(before.nodes)).toEqual(['n0', 'n1', 'n199', 'n200']);
    expect(ids(before.edges)).toEqual(['e0', 'e199']);
  });
});
