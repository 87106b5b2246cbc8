// The minimap's boxes: each node's position and its measured size, or the size guessed for it
// until it is drawn (see ../estimated-node.ts). Read from every node of the canvas
// (../canvas-elements.ts), not only those React Flow is given (../flow-window.ts).
import type { Node } from '@xyflow/react';
import { boxOf } from '../fit-nodes.ts';
import type { MinimapNode } from './draw-minimap.ts';

export function minimapNodes(nodes: readonly Node[]): MinimapNode[] {
  const out: MinimapNode[] = [];
  for (const node of nodes) {
    if (node.hidden === true) continue;
    const { x, y, width, height } = boxOf(node);
    out.push({ rect: { x, y, width, height }, selected: node.selected === true });
  }
  return out;
}
