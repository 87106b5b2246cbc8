// @tessera/engine: runs a workflow plan with caching, cancellation and typed events.
// No network and no files: models and the output folder are capabilities from @tessera/nodes.
export {
  type Engine,
  type EngineOptions,
  type RunRequest,
  type RunResult,
  createEngine,
} from './engine.ts';
export type {
  EngineEvent,
  EngineEventType,
  EngineListener,
  NodeFailedEvent,
  NodeFailure,
  NodeFinishedEvent,
  NodeLogEvent,
  NodePartialEvent,
  NodeProgressEvent,
  NodeSkippedEvent,
  NodeStartedEvent,
  RunCancelledEvent,
  RunFailedEvent,
  RunFinishedEvent,
  RunStartedEvent,
} from './events.ts';
export { type NodeReporter, type NodeRunScope, createNodeContext } from './node-context.ts';
export { DEFAULT_CACHE_BYTES, OutputCache } from './output-cache.ts';
export { estimateBytes } from './estimate-bytes.ts';
export { type PlannedNode, type RunPlan, WorkflowInvalidError, planRun } from './run-plan.ts';
