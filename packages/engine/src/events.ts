import type { NodeId } from '@tessera/graph';
import type { LogLevel, NodeResult, PartialOutput } from '@tessera/nodes';

/** What every engine event carries (not the hub's `RunEvent` of @tessera/protocol). */
interface RunScoped {
  readonly runId: string;
  /** `clock.now()` when the event was emitted. */
  readonly at: number;
}

interface NodeEvent extends RunScoped {
  readonly nodeId: NodeId;
  readonly nodeType: string;
}

export interface RunStartedEvent extends RunScoped {
  readonly type: 'run-started';
  /** The nodes the run needs, in execution order. */
  readonly order: readonly NodeId[];
}

/** A node begins executing (not sent for cache hits). */
export interface NodeStartedEvent extends NodeEvent {
  readonly type: 'node-started';
}

export interface NodeProgressEvent extends NodeEvent {
  readonly type: 'node-progress';
  readonly step: number;
  readonly total: number;
}

/** Something to show before the node finishes: each plan token, decoder previews. */
export interface NodePartialEvent extends NodeEvent {
  readonly type: 'node-partial';
  readonly output: PartialOutput;
}

export interface NodeLogEvent extends NodeEvent {
  readonly type: 'node-log';
  readonly level: LogLevel;
  readonly message: string;
}

export interface NodeFinishedEvent extends NodeEvent {
  readonly type: 'node-finished';
  /** True when the result came from the cache (the node did not execute). */
  readonly cached: boolean;
  /** Time spent executing; 0 for a cache hit. */
  readonly ms: number;
  /** Its outputs and display (shared with the cache: do not mutate). */
  readonly result: NodeResult;
}

export interface NodeFailedEvent extends NodeEvent {
  readonly type: 'node-failed';
  readonly message: string;
  readonly error: unknown;
}

/** A node that did not run because a node it depends on failed. */
export interface NodeSkippedEvent extends NodeEvent {
  readonly type: 'node-skipped';
  readonly blockedBy: NodeId;
}

export interface RunFinishedEvent extends RunScoped {
  readonly type: 'run-finished';
  readonly ms: number;
}

export interface NodeFailure {
  readonly nodeId: NodeId;
  readonly nodeType: string;
  readonly message: string;
}

/** Some node failed; every node that could still run did (see `RunResult.results`). */
export interface RunFailedEvent extends RunScoped {
  readonly type: 'run-failed';
  readonly ms: number;
  readonly failures: readonly NodeFailure[];
}

export interface RunCancelledEvent extends RunScoped {
  readonly type: 'run-cancelled';
  readonly ms: number;
  /** The node that was executing when the signal fired, if any. */
  readonly nodeId?: NodeId;
}

/** Everything a run reports, in order: one `run-*` start, node events, one `run-*` end. */
export type EngineEvent =
  | RunStartedEvent
  | NodeStartedEvent
  | NodeProgressEvent
  | NodePartialEvent
  | NodeLogEvent
  | NodeFinishedEvent
  | NodeFailedEvent
  | NodeSkippedEvent
  | RunFinishedEvent
  | RunFailedEvent
  | RunCancelledEvent;

export type EngineEventType = EngineEvent['type'];

export type EngineListener = (event: EngineEvent) => void;
