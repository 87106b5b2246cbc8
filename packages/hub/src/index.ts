export { RunnerRegistry, type ConnectedRunner, type RunnerListener } from './runner-registry.ts';
export {
  HUB_SOCKET_OPTIONS,
  createHub,
  type Hub,
  type HubCluster,
  type HubOptions,
} from './hub.ts';
export { type EventBus, InProcessEventBus, type RunEventListener } from './event-bus.ts';
export {
  type EnqueueInput,
  InProcessRunQueue,
  type RecoveryReport,
  type RunQueue,
} from './run-queue.ts';
export {
  type AcquireOptions,
  type JobOutcome,
  type RunnerLink,
  RunnerLinks,
} from './runner-links.ts';
export { ArtifactStore } from './artifact-store.ts';
export {
  type ParamNode,
  type ParamResolver,
  ParamResolutionError,
  artifactParamResolver,
  type ArtifactAccess,
  type ParamRun,
} from './artifact-params.ts';
export {
  type CachedNodeResult,
  DEFAULT_HUB_CACHE_BYTES,
  NodeOutputCache,
  estimateWireBytes,
} from './node-output-cache.ts';
export { Scheduler, type SchedulerOptions } from './scheduler.ts';
export { type RunExecutorDeps, executeRun } from './run-executor.ts';
export { NodeResults, type NodeResultsOptions } from './node-results.ts';
export { StoredNodeOutputs } from './stored-node-outputs.ts';
export {
  type RunnerNamespace,
  type RunnerNamespaceOptions,
  attachRunnerNamespace,
} from './runner-namespace.ts';
export {
  type ClientNamespace,
  type ClientNamespaceOptions,
  attachClientNamespace,
  summarizeRunners,
} from './client-namespace.ts';
export { changedModels, runModelsFor } from './run-models.ts';
export { Cluster, type ClusterOptions, type ClusterStatus } from './cluster/cluster.ts';
export { BullMqRunQueue } from './cluster/bullmq-run-queue.ts';
export { RedisEventBus } from './cluster/redis-event-bus.ts';
export { QueueUnavailableError } from './cluster/queue-unavailable-error.ts';
