// A node's size and handle positions guessed from its spec, for a node not measured yet. React
// Flow draws every node it cannot place (no handle positions) once, to measure it; with a guess it
// draws only the nodes on screen, and measures each one when it first appears. So opening a
// 1,000-node workflow draws the few dozen nodes in view, not all of them.
import type { Components, NodeSpec, WorkflowNode } from '@tessera/graph';
import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { specOf } from '../model/catalogue.ts';

/** A node's width (editor.css `.tnode`). */
export const NODE_WIDTH = 260;
/** Where the first port's handle sits, and how far apart ports are (as drawn at zoom ≥ 0.5). */
const FIRST_PORT_Y = 46;
const PORT_PITCH = 23.5;
const HANDLE_SIZE = 10;
/** Rough heights of a node's parts: header and ports, one param widget, run view. */
const BASE_HEIGHT = 60;
const PARAM_HEIGHT = 30;
const RUN_VIEW_HEIGHT = 150;

export interface EstimatedNode {
  readonly initialWidth: number;
  readonly initialHeight: number;
  readonly handles: NodeHandle[];
}

const guesses = new WeakMap<NodeSpec, EstimatedNode>();

/** The guessed size and handles of a node drawn from `spec` (one object per spec). */
export function estimatedNode(spec: NodeSpec): EstimatedNode {
  let guess = guesses.get(spec);
  if (!guess) guesses.set(spec, (guess = guessFor(spec)));
  return guess;
}

/** The guess for a document's node, or undefined when its type is unknown. */
export function estimatedNodeOf(
  node: WorkflowNode,
  components: Components | undefined,
): EstimatedNode | undefined {
  const spec = specOf(node.type, components);
  return spec ? estimatedNode(spec) : undefined;
}

function guessFor(spec: NodeSpec): EstimatedNode {
  const handle = (name: string, index: number, side: 'source' | 'target'): NodeHandle => ({
    id: name,
    type: side,
    position: side === 'target' ? Position.Left : Position.Right,
    x: side === 'target' ? -HANDLE_SIZE / 2 + 1 : NODE_WIDTH - HANDLE_SIZE / 2 - 1,
    y: FIRST_PORT_Y + index * PORT_PITCH,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  });
  const rows = Math.max(spec.inputs.length, spec.outputs.length);
  return {
    initialWidth: NODE_WIDTH,
    initialHeight:
      BASE_HEIGHT + rows * PORT_PITCH + spec.params.length * PARAM_HEIGHT + RUN_VIEW_HEIGHT,
    handles: [
      ...spec.inputs.map((port, i) => handle(port.name, i, 'target')),
      ...spec.outputs.map((port, i) => handle(port.name, i, 'source')),
    ],
  };
}
