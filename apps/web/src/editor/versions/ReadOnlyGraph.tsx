'use client';
// A workflow drawn for reading only: nothing can be moved, connected, selected or edited. Used
// for a past version, a diff of two versions, and a shared workflow.
import './read-only.css';
import type { WorkflowDocument, WorkflowEdge } from '@tessera/graph';
import {
  Background,
  BackgroundVariant,
  Controls,
  type Edge,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { useMemo } from 'react';
import { specOf } from '../model/catalogue.ts';
import type { GraphMarks } from './diff-view.ts';
import { type ReadOnlyFlowNode, ReadOnlyNode } from './ReadOnlyNode.tsx';

const nodeTypes = { readOnly: ReadOnlyNode };
const FIT_VIEW = { maxZoom: 1, padding: 0.15 };

function edgeType(doc: WorkflowDocument, edge: WorkflowEdge): string {
  const from = doc.nodes.find((n) => n.id === edge.from.node);
  const port = from ? specOf(from.type)?.outputs.find((o) => o.name === edge.from.port) : undefined;
  return (port?.type ?? 'ANY').toLowerCase();
}

function flowNodes(doc: WorkflowDocument, marks: GraphMarks | undefined): ReadOnlyFlowNode[] {
  return doc.nodes.map((node) => ({
    id: node.id,
    type: 'readOnly',
    position: node.position ?? { x: 0, y: 0 },
    data: {
      node,
      mark: marks?.nodes.get(node.id) ?? null,
      changes: marks?.params.get(node.id) ?? null,
    },
  }));
}

function flowEdges(doc: WorkflowDocument, marks: GraphMarks | undefined): Edge[] {
  return doc.edges.map((edge) => {
    const mark = marks?.edges.get(edge.id);
    return {
      id: edge.id,
      source: edge.from.node,
      sourceHandle: edge.from.port,
      target: edge.to.node,
      targetHandle: edge.to.port,
      className: `edge--${edgeType(doc, edge)}${mark ? ` edge--diff-${mark}` : ''}`,
      ...(mark ? { data: { diff: mark } } : {}),
    };
  });
}

export function ReadOnlyGraph({
  doc,
  marks,
  label,
}: {
  doc: WorkflowDocument;
  marks?: GraphMarks;
  /** Names the graph for assistive technology and tests. */
  label: string;
}) {
  const nodes = useMemo(() => flowNodes(doc, marks), [doc, marks]);
  const edges = useMemo(() => flowEdges(doc, marks), [doc, marks]);
  return (
    <div className="ro-graph" role="figure" aria-label={label} data-testid="read-only-graph">
      <ReactFlowProvider>
        <ReactFlow<ReadOnlyFlowNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          nodesFocusable={false}
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          minZoom={0.1}
          maxZoom={2}
          fitView
          fitViewOptions={FIT_VIEW}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={16} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
