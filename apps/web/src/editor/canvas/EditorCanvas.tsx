'use client';
import { type WorkflowNode, type Position as XY, componentIdOf } from '@tessera/graph';
import {
  type Connection,
  ControlButton,
  Controls,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  ReactFlow,
  type ReactFlowInstance,
  useReactFlow,
} from '@xyflow/react';
import { type MouseEvent, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { openNodeMenu } from '../components/node-menu-store.ts';
import { connectionProblem, portType, portTypeLookup } from '../model/connections.ts';
import { useNodeSearch } from '../palette/search-store.ts';
import { useEditor } from '../state/editor-store.ts';
import { useCanvasElements } from './canvas-elements.ts';
import { DotBackground } from './DotBackground.tsx';
import { estimatedNodeOf } from './estimated-node.ts';
import { useFitNodes } from './fit-nodes.ts';
import { FitIcon } from './FitIcon.tsx';
import { CanvasMiniMap } from './minimap/CanvasMiniMap.tsx';
import { FlowElementCache, type Measured, type TesseraFlowNode } from './flow-elements.ts';
import { flowSubset } from './flow-window.ts';
import { useFlowWindow } from './use-flow-window.ts';
import { useOpeningView } from './use-opening-view.ts';
import { noteViewportMove } from './viewport-moves.ts';
import { TesseraNode } from './TesseraNode.tsx';

const nodeTypes = { tessera: TesseraNode };
const SNAP: [number, number] = [16, 16];

function pointer(event: globalThis.MouseEvent | TouchEvent): XY {
  const p = 'changedTouches' in event ? event.changedTouches[0] : event;
  return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
}

/** A pan or zoom by mouse, wheel or touch (programmatic moves have no event). */
function noteUserMove(event: globalThis.MouseEvent | TouchEvent | null): void {
  if (event !== null) noteViewportMove();
}

/** The graph canvas: React Flow over the editor store (the store is the only source of truth). */
export function EditorCanvas({
  onInit,
}: {
  onInit?: (flow: ReactFlowInstance<TesseraFlowNode>) => void;
}) {
  // The workflow, or the open component's definition.
  const doc = useEditor((s) => s.view);
  const selection = useEditor((s) => s.selection);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Measured>>(new Map());
  // While a drag lasts, positions live here (one re-render of the canvas per move); the document
  // gets them once, when the drag ends, as one undoable edit.
  const [dragged, setDragged] = useState<ReadonlyMap<string, XY>>(new Map());
  const draggedRef = useRef(dragged);
  draggedRef.current = dragged;
  const cache = useRef(new FlowElementCache()).current;
  const flow = useReactFlow<TesseraFlowNode>();
  const fitNodes = useFitNodes();
  const openSearch = useNodeSearch((s) => s.openSearch);

  useOpeningView();

  const guess = useCallback(
    (node: WorkflowNode) => estimatedNodeOf(node, doc.components),
    [doc.components],
  );
  const nodes = useMemo(
    () => cache.nodesFor(doc, selection, measured, dragged, guess),
    [cache, doc, selection, measured, dragged, guess],
  );
  const edges = useMemo(() => {
    const typeOf = portTypeLookup(doc);
    return cache.edgesFor(doc, selection, (e) => typeOf(e.from, 'output') ?? 'ANY');
  }, [cache, doc, selection]);

  // React Flow is given the part of the graph around the view (flow-window.ts); the whole of it
  // is in useCanvasElements for the minimap, fitting and the opening view.
  useLayoutEffect(() => useCanvasElements.setState({ nodes, edges }), [nodes, edges]);
  const flowWindow = useFlowWindow();
  const given = useRef<ReadonlySet<string>>(new Set());
  const subset = useMemo(() => {
    const kept = new Set([...selection.nodes, ...dragged.keys()]);
    const next = flowSubset(nodes, edges, flowWindow, kept, given.current);
    given.current = new Set(next.nodes.map((node) => node.id));
    return next;
  }, [nodes, edges, flowWindow, selection, dragged]);

  const commitMove = useCallback((positions: ReadonlyMap<string, XY>) => {
    const all = new Map([...draggedRef.current, ...positions]);
    setDragged(new Map());
    draggedRef.current = new Map();
    useEditor.getState().moveTo(all);
  }, []);
  const endDrag = useCallback(() => {
    if (draggedRef.current.size > 0) commitMove(new Map());
  }, [commitMove]);

  const onNodesChange = useCallback(
    (changes: NodeChange<TesseraFlowNode>[]) => {
      const editor = useEditor.getState();
      const moving = new Map<string, XY>();
      const settled = new Map<string, XY>();
      const sizes: [string, Measured][] = [];
      let selected: Set<string> | undefined;
      for (const change of changes) {
        if (change.type === 'position' && change.position)
          (change.dragging === true ? moving : settled).set(change.id, change.position);
        else if (change.type === 'dimensions' && change.dimensions)
          sizes.push([change.id, change.dimensions]);
        else if (change.type === 'select') {
          selected ??= new Set(editor.selection.nodes);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (moving.size > 0) setDragged((old) => new Map([...old, ...moving]));
      // A move that is not a drag in progress (arrow keys, the end of a drag) is one undoable edit.
      if (settled.size > 0) commitMove(settled);
      if (selected) editor.select({ nodes: selected, edges: editor.selection.edges });
      if (sizes.length > 0)
        setMeasured((old) => {
          const next = new Map(old);
          for (const [id, size] of sizes) next.set(id, size);
          return next;
        });
    },
    [commitMove],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<Edge>[]) => {
    const editor = useEditor.getState();
    let selected: Set<string> | undefined;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      selected ??= new Set(editor.selection.edges);
      if (change.selected) selected.add(change.id);
      else selected.delete(change.id);
    }
    if (selected) editor.select({ nodes: editor.selection.nodes, edges: selected });
  }, []);

  const isValidConnection = useCallback(
    (c: Connection | Edge) =>
      connectionProblem(
        useEditor.getState().view,
        { node: c.source, port: c.sourceHandle ?? '' },
        { node: c.target, port: c.targetHandle ?? '' },
      ) === null,
    [],
  );

  const onConnect = useCallback((c: Connection) => {
    useEditor
      .getState()
      .connect(
        { node: c.source, port: c.sourceHandle ?? '' },
        { node: c.target, port: c.targetHandle ?? '' },
      );
  }, []);

  /** A link dropped on empty canvas opens the search, filtered to nodes that fit it. */
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || state.toNode !== null || !state.fromHandle || !state.fromNode) return;
      const target = event.target as Element | null;
      if (!target?.classList.contains('react-flow__pane')) return;
      const fromSide = state.fromHandle.type;
      const ref = { node: state.fromNode.id, port: state.fromHandle.id ?? '' };
      const type = portType(
        useEditor.getState().view,
        ref,
        fromSide === 'source' ? 'output' : 'input',
      );
      if (type === undefined) return;
      const screen = pointer(event);
      openSearch({
        at: flow.screenToFlowPosition(screen),
        screen,
        link: { ...ref, type, needs: fromSide === 'source' ? 'input' : 'output' },
      });
    },
    [flow, openSearch],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target as Element).classList.contains('react-flow__pane')) return;
      const screen = { x: event.clientX, y: event.clientY };
      openSearch({ at: flow.screenToFlowPosition(screen), screen });
    },
    [flow, openSearch],
  );

  const onNodeDoubleClick = useCallback((_: MouseEvent, node: TesseraFlowNode) => {
    if (componentIdOf(node.data.node.type) !== undefined)
      useEditor.getState().enterComponent(node.id);
  }, []);

  const onNodeContextMenu = useCallback((event: MouseEvent, node: TesseraFlowNode) => {
    event.preventDefault();
    openNodeMenu(node.id, { x: event.clientX, y: event.clientY });
  }, []);

  return (
    <ReactFlow<TesseraFlowNode>
      nodes={subset.nodes}
      edges={subset.edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={endDrag}
      onSelectionDragStop={endDrag}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      isValidConnection={isValidConnection}
      onDoubleClick={onDoubleClick}
      onNodeDoubleClick={onNodeDoubleClick}
      onNodeContextMenu={onNodeContextMenu}
      onInit={onInit}
      onMoveStart={noteUserMove}
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      snapToGrid
      snapGrid={SNAP}
      minZoom={0.1}
      maxZoom={2}
      onlyRenderVisibleElements
      proOptions={{ hideAttribution: true }}
    >
      <DotBackground />
      <CanvasMiniMap />
      <Controls showFitView={false}>
        <ControlButton onClick={() => fitNodes()} title="Fit view" aria-label="Fit view">
          <FitIcon />
        </ControlButton>
      </Controls>
    </ReactFlow>
  );
}
