import type { NodeId } from '@tessera/graph';
import type {
  Clock,
  LogLevel,
  ModelAccess,
  NodeContext,
  NodeLog,
  OutputFiles,
  RunInfo,
} from '@tessera/nodes';
import type { EngineEvent } from './events.ts';
import type { PlannedNode, RunPlan } from './run-plan.ts';

/** Distributes `Omit` over a union, so each event keeps its own fields. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event before the engine stamps it with the run id and time. */
export type UnstampedEvent = Without<EngineEvent, 'runId' | 'at'>;

/** What every node of one run shares. */
export interface RunScope {
  readonly runId: string;
  readonly plan: RunPlan;
  readonly models: ModelAccess;
  readonly files: OutputFiles;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly tesseraVersion: string;
  emit(event: UnstampedEvent): void;
}

/** The `NodeContext` of one node: capabilities from the scope, its events sent through `emit`. */
export function createNodeContext(
  scope: RunScope,
  planned: PlannedNode,
  inputs: Readonly<Record<string, unknown>>,
): NodeContext {
  const nodeId: NodeId = planned.id;
  const nodeType = planned.implementation.spec.type;
  const log = (level: LogLevel) => (message: string) =>
    scope.emit({ type: 'node-log', nodeId, nodeType, level, message });
  const logger: NodeLog = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
  const run: RunInfo = {
    runId: scope.runId,
    nodeId,
    workflow: scope.plan.workflow,
    nodes: scope.plan.runNodes,
    tesseraVersion: scope.tesseraVersion,
  };
  return {
    params: planned.params,
    inputs,
    models: scope.models,
    files: scope.files,
    clock: scope.clock,
    signal: scope.signal,
    progress: (step, total) => scope.emit({ type: 'node-progress', nodeId, nodeType, step, total }),
    partial: (output) => scope.emit({ type: 'node-partial', nodeId, nodeType, output }),
    log: logger,
    run,
  };
}
