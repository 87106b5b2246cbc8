import type { NodeId } from '@tessera/graph';
import type {
  Clock,
  LogLevel,
  ModelAccess,
  NodeContext,
  NodeLog,
  OutputFiles,
  PartialOutput,
  RunInfo,
} from '@tessera/nodes';
import type { EngineEvent } from './events.ts';
import type { PlannedNode, RunPlan } from './run-plan.ts';

/** Distributes `Omit` over a union, so each event keeps its own fields. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event before the engine stamps it with the run id and time. */
export type UnstampedEvent = Without<EngineEvent, 'runId' | 'at'>;

/** What every node of one run shares: its capabilities and the facts of the run. */
export interface NodeRunScope {
  readonly runId: string;
  readonly plan: RunPlan;
  readonly models: ModelAccess;
  readonly files: OutputFiles;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly tesseraVersion: string;
}

/** Where one node's progress, partial outputs and log lines go (engine events, job reports). */
export interface NodeReporter {
  progress(step: number, total: number): void;
  partial(output: PartialOutput): void;
  log(level: LogLevel, message: string): void;
}

/**
 * The `NodeContext` of one node: capabilities from the scope, what it reports sent to
 * `reporter`. The one builder of a node's context: the engine and the runner's job path both
 * use it, so a node sees the same `ctx` wherever it runs.
 */
export function createNodeContext(
  scope: NodeRunScope,
  planned: PlannedNode,
  inputs: Readonly<Record<string, unknown>>,
  reporter: NodeReporter,
): NodeContext {
  const log = (level: LogLevel) => (message: string) => reporter.log(level, message);
  const logger: NodeLog = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
  const run: RunInfo = {
    runId: scope.runId,
    nodeId: planned.id,
    workflow: scope.plan.workflow,
    sourceWorkflow: scope.plan.sourceWorkflow,
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
    progress: (step, total) => reporter.progress(step, total),
    partial: (output) => reporter.partial(output),
    log: logger,
    run,
  };
}

/** A reporter that turns what `planned` reports into engine events of that node. */
export function nodeEventReporter(
  emit: (event: UnstampedEvent) => void,
  planned: PlannedNode,
): NodeReporter {
  const nodeId: NodeId = planned.id;
  const nodeType = planned.implementation.spec.type;
  return {
    progress: (step, total) => emit({ type: 'node-progress', nodeId, nodeType, step, total }),
    partial: (output) => emit({ type: 'node-partial', nodeId, nodeType, output }),
    log: (level, message) => emit({ type: 'node-log', nodeId, nodeType, level, message }),
  };
}
