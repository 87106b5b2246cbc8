// A node's size and handle positions guessed from its spec, for a node not measured yet. React
// Flow draws every node it cannot place (no handle positions) once, to measure it; with a guess it
// draws only the nodes on screen, and measures each one when it first appears. So opening a
// 1,000-node workflow draws the few dozen nodes in view, not all of them.
import type { Components, NodeSpec, ParamSpec, WorkflowNode } from '@tessera/graph';
import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { specOf } from '../model/catalogue.ts';

/** A node's width (editor.css `.tnode`). */
export const NODE_WIDTH = 260;
/** Where the first port's handle sits, and how far apart ports are (as drawn at zoom ≥ 0.5). */
const FIRST_PORT_Y = 46;
const PORT_PITCH = 23.5;
const HANDLE_SIZE = 10;
/**
 * Heights of a node's parts as drawn at zoom ≥ 0.5 (editor.css, run.css): its header,
 * port rows, params box, each param's widget and its run view. A good guess means the opening
 * view, worked out before anything is drawn, stays put once the nodes are measured.
 */
const HEADER = 33;
const PORTS_PADDING = 13;
const PARAMS_PADDING = 21;
const PARAM_GAP = 4;
const RUN_VIEW = 31;
/** A param's widget by kind: seeds have a mode row, multi-line text a four-line box. */
function paramHeight(param: ParamSpec): number {
  if (param.kind === 'seed') return 49;
  if (param.kind === 'enum') return 23;
  if (param.kind === 'string' && param.multiline === true) return 126;
  if (param.kind === 'string' && param.widget === 'filled-by-server') return -PARAM_GAP;
  if (param.kind === 'string' && param.widget === 'input-image') return 170;
  return 26;
}
/** What a node's run view shows of its outputs (run/NodeRunView.tsx), by node type. */
const OUTPUTS_HEIGHT: Readonly<Record<string, number>> = {
  'ar.plan': 271,
  'plan.expand': 246,
  'diffusion.decode': 184,
  'image.upscale': 184,
  'plan.preview': 184,
  'image.preview': 184,
  'image.save': 184,
};

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
  return {
    initialWidth: NODE_WIDTH,
    initialHeight: guessedHeight(spec),
    handles: [
      ...spec.inputs.map((port, i) => handle(port.name, i, 'target')),
      ...spec.outputs.map((port, i) => handle(port.name, i, 'source')),
    ],
  };
}

function guessedHeight(spec: NodeSpec): number {
  const rows = Math.max(spec.inputs.length, spec.outputs.length);
  const ports = rows > 0 ? PORTS_PADDING + rows * PORT_PITCH : 0;
  const widgets = spec.params.reduce((sum, p) => sum + paramHeight(p) + PARAM_GAP, 0);
  const params = spec.params.length > 0 ? PARAMS_PADDING + widgets - PARAM_GAP : 0;
  return HEADER + ports + params + RUN_VIEW + (OUTPUTS_HEIGHT[spec.type] ?? 0);
}
