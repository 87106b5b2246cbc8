// The minimap's boxes, read from React Flow's node lookup: each node's absolute position and its
// measured size, or the size guessed for it until it is drawn (see ../estimated-node.ts).
import type { InternalNode } from '@xyflow/react';
import type { MinimapNode } from './draw-minimap.ts';

export function minimapNodes(lookup: ReadonlyMap<string, InternalNode>): MinimapNode[] {
  const out: MinimapNode[] = [];
  for (const node of lookup.values()) {
    if (node.hidden === true) continue;
    const width = node.measured.width ?? node.width ?? node.initialWidth ?? 0;
    const height = node.measured.height ?? node.height ?? node.initialHeight ?? 0;
    const { x, y } = node.internals.positionAbsolute;
    out.push({ rect: { x, y, width, height }, selected: node.selected === true });
  }
  return out;
}
