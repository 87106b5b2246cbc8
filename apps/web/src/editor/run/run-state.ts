// What the editor knows of one run, and how each RunEvent changes it. Pure: no React, no DOM,
// no sockets — the run store feeds events through `reduceRunEvent`.
import { isFinishedRunStatus } from '@tessera/protocol';
import type {
  ArtifactRef,
  NodeDisplayWire,
  PartialWire,
  RunEvent,
  RunStatus,
} from '@tessera/protocol';
import { bytesOf } from './wire-bytes.ts';

export type NodeStatus =
  'queued' | 'running' | 'cached' | 'done' | 'failed' | 'skipped' | 'cancelled';

/** The plan tokens streamed so far, by index (row-major). */
export interface PlanStream {
  readonly width: number;
  readonly height: number;
  readonly ids: Uint16Array;
  readonly probabilities: Float32Array;
  /** 1 where a token has arrived. */
  readonly known: Uint8Array;
  /** How many tokens have arrived. */
  readonly filled: number;
}

/** The latest intermediate image of a decoder, as RGBA pixels ready for an ImageData. */
export interface PreviewImage {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8ClampedArray;
  readonly step: number;
  readonly steps: number;
}

export interface NodeRun {
  readonly nodeType: string;
  readonly status: NodeStatus;
  readonly step: number | null;
  readonly total: number | null;
  /** Hub clock, ms since the epoch. */
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** Execution time as the runner measured it (0 when cached). */
  readonly ms: number | null;
  readonly error: string | null;
  readonly artifacts: readonly ArtifactRef[];
  readonly attempt: number;
  readonly runner: string | null;
  readonly plan: PlanStream | null;
  readonly preview: PreviewImage | null;
  readonly display: NodeDisplayWire | null;
}

/** The graph a run executes, as far as its views need it. */
export interface RunShape {
  /** The workflow's name when the run was queued. */
  readonly name: string;
  /** The nodes it executes, in order. */
  readonly order: readonly string[];
  /** Node id → type. */
  readonly types: Readonly<Record<string, string>>;
  /** Node id → input port → the upstream node feeding it. */
  readonly inputs: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface RunState extends RunShape {
  readonly id: string;
  readonly status: RunStatus;
  readonly nodes: Readonly<Record<string, NodeRun>>;
  readonly queuedAt: number | null;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly error: string | null;
  readonly errorNodeId: string | null;
}

const TERMINAL_NODE: ReadonlySet<NodeStatus> = new Set([
  'cached',
  'done',
  'failed',
  'skipped',
  'cancelled',
]);

export const isRunEnded = (status: RunStatus): boolean => isFinishedRunStatus(status);
export const isNodeEnded = (status: NodeStatus): boolean => TERMINAL_NODE.has(status);

/** How far along a status is: a run or node never moves back to a lower rank. */
export const runRank = (status: RunStatus): number =>
  status === 'queued' ? 0 : status === 'running' ? 1 : 2;
export const nodeRank = (status: NodeStatus): number =>
  status === 'queued' ? 0 : status === 'running' ? 1 : 2;

export function emptyNodeRun(nodeType: string): NodeRun {
  return {
    nodeType,
    status: 'queued',
    step: null,
    total: null,
    startedAt: null,
    finishedAt: null,
    ms: null,
    error: null,
    artifacts: [],
    attempt: 1,
    runner: null,
    plan: null,
    preview: null,
    display: null,
  };
}

export const EMPTY_SHAPE: RunShape = { name: '', order: [], types: {}, inputs: {} };

/** A run just queued: every node of `shape` waiting. */
export function newRun(id: string, shape: RunShape = EMPTY_SHAPE, queuedAt?: number): RunState {
  const nodes: Record<string, NodeRun> = {};
  for (const nodeId of shape.order) nodes[nodeId] = emptyNodeRun(shape.types[nodeId] ?? '');
  return {
    id,
    ...shape,
    status: 'queued',
    nodes,
    queuedAt: queuedAt ?? null,
    startedAt: null,
    finishedAt: null,
    error: null,
    errorNodeId: null,
  };
}

type NodeEvent = Extract<RunEvent, { nodeId: string }>;

function withNode(
  run: RunState,
  event: NodeEvent,
  change: (node: NodeRun) => Partial<NodeRun>,
): RunState {
  const node = run.nodes[event.nodeId] ?? emptyNodeRun(event.nodeType);
  const next = { ...node, ...change(node) };
  return {
    ...run,
    // A node reported before `run-started` (a cached node) means the run has started.
    status: run.status === 'queued' ? 'running' : run.status,
    types: run.types[event.nodeId] ? run.types : { ...run.types, [event.nodeId]: event.nodeType },
    nodes: { ...run.nodes, [event.nodeId]: next },
  };
}

/** Every node not yet ended moved to `status` (a run that ended without them). */
export function endOpenNodes(
  run: Pick<RunState, 'nodes'>,
  status: NodeStatus,
  at: number | null,
): RunState['nodes'] {
  const nodes: Record<string, NodeRun> = { ...run.nodes };
  for (const [id, node] of Object.entries(nodes))
    if (!isNodeEnded(node.status)) nodes[id] = { ...node, status, finishedAt: at };
  return nodes;
}

/** RGBA pixels of an 8-bit RGB or RGBA image. */
export function toRgba(data: Uint8Array, width: number, height: number, channels: number) {
  const rgba = new Uint8ClampedArray(width * height * 4);
  const pixels = Math.min(width * height, Math.floor(data.length / channels));
  for (let p = 0; p < pixels; p++) {
    const s = p * channels;
    const d = p * 4;
    rgba[d] = data[s] ?? 0;
    rgba[d + 1] = data[s + 1] ?? 0;
    rgba[d + 2] = data[s + 2] ?? 0;
    rgba[d + 3] = channels === 4 ? (data[s + 3] ?? 255) : 255;
  }
  return rgba;
}

type PlanTokensWire = Extract<PartialWire, { kind: 'plan-tokens' }>;

/** One token as a batch of one. */
function asBatch(token: Extract<PartialWire, { kind: 'plan-token' }>): PlanTokensWire {
  const { index, id, probability, width, height } = token;
  return { kind: 'plan-tokens', index, ids: [id], probabilities: [probability], width, height };
}

/**
 * The plan stream with tokens `index`, `index + 1`… added (one copy of the stream per batch); a
 * stream of another shape starts over.
 */
export function addPlanTokens(plan: PlanStream | null, tokens: PlanTokensWire): PlanStream {
  const { width, height, index } = tokens;
  const count = width * height;
  const fresh = plan === null || plan.width !== width || plan.height !== height;
  const base: PlanStream = fresh
    ? {
        width,
        height,
        ids: new Uint16Array(count),
        probabilities: new Float32Array(count),
        known: new Uint8Array(count),
        filled: 0,
      }
    : plan;
  if (index >= count) return base;
  const ids = base.ids.slice();
  const probabilities = base.probabilities.slice();
  const known = base.known.slice();
  let filled = base.filled;
  const end = Math.min(count, index + tokens.ids.length);
  for (let at = index; at < end; at++) {
    ids[at] = tokens.ids[at - index] ?? 0;
    probabilities[at] = tokens.probabilities[at - index] ?? 0;
    if (known[at] !== 1) filled++;
    known[at] = 1;
  }
  return { width, height, ids, probabilities, known, filled };
}

function partial(node: NodeRun, output: PartialWire): Partial<NodeRun> {
  if (output.kind === 'plan-token') return { plan: addPlanTokens(node.plan, asBatch(output)) };
  if (output.kind === 'plan-tokens') return { plan: addPlanTokens(node.plan, output) };
  const { width, height, channels } = output.image;
  const data = bytesOf(output.image.data);
  return {
    preview: {
      width,
      height,
      rgba: toRgba(data, width, height, channels),
      step: output.step,
      steps: output.steps,
    },
  };
}

/** `run` after `event`; `run` undefined starts a run from the event alone. */
export function reduceRunEvent(run: RunState | undefined, event: RunEvent): RunState {
  const state = run ?? newRun(event.runId);
  const { at } = event;
  switch (event.type) {
    case 'run-queued':
      return { ...state, queuedAt: state.queuedAt ?? at };
    case 'run-started': {
      const nodes: Record<string, NodeRun> = { ...state.nodes };
      const types: Record<string, string> = { ...state.types };
      for (const id of event.order) nodes[id] ??= emptyNodeRun(types[id] ?? '');
      return {
        ...state,
        status: isRunEnded(state.status) ? state.status : 'running',
        order: [...event.order],
        nodes,
        startedAt: state.startedAt ?? at,
      };
    }
    case 'node-started':
      return withNode(state, event, () => ({
        status: 'running',
        startedAt: at,
        finishedAt: null,
        step: null,
        total: null,
        error: null,
        attempt: event.attempt,
        runner: event.runner,
      }));
    case 'node-progress':
      return withNode(state, event, () => ({ step: event.step, total: event.total }));
    case 'node-partial':
      return withNode(state, event, (node) => partial(node, event.output));
    case 'node-finished':
      return withNode(state, event, (node) => ({
        status: event.cached ? 'cached' : 'done',
        finishedAt: at,
        ms: event.ms,
        artifacts: event.artifacts,
        display: event.display ?? null,
        error: null,
        step: node.total,
        ...(event.runner !== '' ? { runner: event.runner } : {}),
      }));
    case 'node-retry':
      return withNode(state, event, () => ({
        status: 'queued',
        attempt: event.attempt + 1,
        error: `Retrying: ${event.reason}`,
        step: null,
        total: null,
      }));
    case 'node-failed':
      return withNode(state, event, () => ({
        status: 'failed',
        finishedAt: at,
        error: event.message,
      }));
    case 'node-skipped':
      return withNode(state, event, () => ({
        status: 'skipped',
        finishedAt: at,
        error: `Skipped: “${event.blockedBy}” failed`,
      }));
    case 'run-finished':
      return { ...state, status: 'succeeded', finishedAt: at };
    case 'run-failed':
      return {
        ...state,
        status: 'failed',
        finishedAt: at,
        error: event.error,
        errorNodeId: event.nodeId ?? null,
        nodes: endOpenNodes(state, 'skipped', at),
      };
    case 'run-cancelled':
      return {
        ...state,
        status: 'cancelled',
        finishedAt: at,
        nodes: endOpenNodes(state, 'cancelled', at),
      };
  }
}
