// The React Flow nodes and edges for a document. Objects are reused while their source is
// unchanged, so React Flow skips re-measuring and memoized nodes skip re-rendering (a drag moves
// one node without touching the other 299).
import type { Position as XY, WorkflowDocument, WorkflowEdge, WorkflowNode } from '@tessera/graph';
import type { Edge, Node } from '@xyflow/react';
import type { Selection } from '../state/editor-store.ts';
import type { EstimatedNode } from './estimated-node.ts';

export interface TesseraNodeData extends Record<string, unknown> {
  readonly node: WorkflowNode;
}
export type TesseraFlowNode = Node<TesseraNodeData, 'tessera'>;

export interface Measured {
  readonly width: number;
  readonly height: number;
}

export class FlowElementCache {
  private nodes = new Map<string, TesseraFlowNode>();
  private edges = new Map<string, Edge>();

  nodesFor(
    doc: WorkflowDocument,
    selection: Selection,
    measured: ReadonlyMap<string, Measured>,
    /** Positions of nodes being dragged, ahead of the document. */
    dragged: ReadonlyMap<string, XY> = new Map(),
    /** The guessed size and handles of a node not measured yet (see estimated-node.ts). */
    guess: (node: WorkflowNode) => EstimatedNode | undefined = () => undefined,
  ): TesseraFlowNode[] {
    const next = new Map<string, TesseraFlowNode>();
    const out = doc.nodes.map((node) => {
      const selected = selection.nodes.has(node.id);
      const size = measured.get(node.id);
      const old = this.nodes.get(node.id);
      const position = dragged.get(node.id) ?? node.position ?? { x: 0, y: 0 };
      const reusable =
        old !== undefined &&
        old.data.node === node &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.selected === selected &&
        old.measured?.width === size?.width &&
        old.measured?.height === size?.height;
      const flowNode: TesseraFlowNode = reusable
        ? old
        : {
            id: node.id,
            type: 'tessera',
            position,
            data: { node },
            selected,
            ...(size ? { measured: size } : guess(node)),
          };
      next.set(node.id, flowNode);
      return flowNode;
    });
    this.nodes = next;
    return out;
  }

  edgesFor(
    doc: WorkflowDocument,
    selection: Selection,
    typeOf: (e: WorkflowEdge) => string,
  ): Edge[] {
    const next = new Map<string, Edge>();
    const out = doc.edges.map((edge) => {
      const selected = selection.edges.has(edge.id);
      const old = this.edges.get(edge.id);
      const flowEdge: Edge =
        old !== undefined && old.data?.edge === edge && old.selected === selected
          ? old
          : {
              id: edge.id,
              source: edge.from.node,
              sourceHandle: edge.from.port,
              target: edge.to.node,
              targetHandle: edge.to.port,
              selected,
              className: `edge--${typeOf(edge).toLowerCase()}`,
              data: { edge },
            };
      next.set(edge.id, flowEdge);
      return flowEdge;
    });
    this.edges = next;
    return out;
  }
}
