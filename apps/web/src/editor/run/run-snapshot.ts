// A stored run (tRPC `runs.get`) merged into what the events already told: catches up on events
// sent before the page subscribed, or while its socket was away. Never moves a run or a node
// back (an event may be newer than the snapshot), and keeps what only events carry (plan
// tokens, previews, step counts).
import type { ArtifactRef, RunStatus } from '@tessera/protocol';
import {
  type NodeRun,
  type NodeStatus,
  type RunShape,
  type RunState,
  emptyNodeRun,
  endOpenNodes,
  isRunEnded,
  newRun,
  nodeRank,
  runRank,
} from './run-state.ts';

/** A date as tRPC delivers it without a transformer (an ISO string), or as the type says. */
export type WireDate = Date | string;

export interface RunSnapshot {
  readonly id: string;
  readonly status: RunStatus;
  readonly error: string | null;
  readonly errorNodeId: string | null;
  readonly queuedAt: WireDate;
  readonly startedAt: WireDate | null;
  readonly finishedAt: WireDate | null;
  readonly nodes: readonly {
    readonly nodeId: string;
    readonly nodeType: string;
    readonly status: 'pending' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'skipped';
    readonly cached: boolean;
    readonly error: string | null;
    readonly startedAt: WireDate | null;
    readonly finishedAt: WireDate | null;
  }[];
  readonly artifacts: readonly {
    readonly artifactId: string;
    readonly nodeId: string;
    readonly port: string;
    readonly kind: string;
  }[];
}

export const millis = (date: WireDate | null): number | null =>
  date === null ? null : new Date(date).getTime();

function nodeStatusOf(stored: RunSnapshot['nodes'][number]): NodeStatus {
  switch (stored.status) {
    case 'pending':
      return 'queued';
    case 'succeeded':
      return stored.cached ? 'cached' : 'done';
    default:
      return stored.status;
  }
}

function mergeNode(
  node: NodeRun,
  stored: RunSnapshot['nodes'][number],
  artifacts: readonly ArtifactRef[],
): NodeRun {
  const status = nodeStatusOf(stored);
  const withArtifacts = node.artifacts.length === 0 && artifacts.length > 0 ? { artifacts } : {};
  if (nodeRank(status) <= nodeRank(node.status)) return { ...node, ...withArtifacts };
  const startedAt = node.startedAt ?? millis(stored.startedAt);
  const finishedAt = millis(stored.finishedAt);
  return {
    ...node,
    ...withArtifacts,
    status,
    startedAt,
    finishedAt,
    error: stored.error ?? node.error,
    ms:
      status === 'cached'
        ? 0
        : startedAt !== null && finishedAt !== null
          ? finishedAt - startedAt
          : node.ms,
  };
}

/** `run` (or a new run of `shape`) caught up with `snapshot`. */
export function applyRunSnapshot(
  run: RunState | undefined,
  snapshot: RunSnapshot,
  shape?: RunShape,
): RunState {
  let state = run ?? newRun(snapshot.id, shape, millis(snapshot.queuedAt) ?? undefined);
  if (shape) {
    // The order the hub reported wins over the one planned here.
    const order = state.order.length > 0 ? state.order : shape.order;
    const nodes: Record<string, NodeRun> = { ...state.nodes };
    for (const id of order) nodes[id] ??= emptyNodeRun(shape.types[id] ?? '');
    state = { ...state, ...shape, order, nodes };
  }
  const artifactsOf = new Map<string, ArtifactRef[]>();
  for (const a of snapshot.artifacts) {
    const list = artifactsOf.get(a.nodeId) ?? [];
    list.push({ port: a.port, artifactId: a.artifactId, kind: a.kind });
    artifactsOf.set(a.nodeId, list);
  }
  const nodes: Record<string, NodeRun> = { ...state.nodes };
  for (const stored of snapshot.nodes) {
    const node = nodes[stored.nodeId] ?? emptyNodeRun(stored.nodeType);
    nodes[stored.nodeId] = mergeNode(node, stored, artifactsOf.get(stored.nodeId) ?? []);
  }
  const ahead = runRank(snapshot.status) > runRank(state.status);
  const finishedAt = millis(snapshot.finishedAt);
  const ended = ahead && isRunEnded(snapshot.status);
  const openTo: NodeStatus = snapshot.status === 'cancelled' ? 'cancelled' : 'skipped';
  return {
    ...state,
    nodes: ended ? endOpenNodes({ nodes }, openTo, finishedAt) : nodes,
    queuedAt: state.queuedAt ?? millis(snapshot.queuedAt),
    startedAt: state.startedAt ?? millis(snapshot.startedAt),
    ...(ahead
      ? {
          status: snapshot.status,
          finishedAt,
          error: snapshot.error,
          errorNodeId: snapshot.errorNodeId,
        }
      : {}),
  };
}
