import type { NodeId, WorkflowDocument } from '@tessera/graph';
import type { Clock, ModelAccess, NodeRegistry, NodeResult, OutputFiles } from '@tessera/nodes';
import { TESSERA_VERSION } from '@tessera/nodes/specs';
import type { FinishedRunStatus } from '@tessera/protocol';
import type { EngineEvent, EngineListener, NodeFailure } from './events.ts';
import {
  type NodeRunScope,
  type UnstampedEvent,
  createNodeContext,
  nodeEventReporter,
} from './node-context.ts';
import { DEFAULT_CACHE_BYTES, OutputCache } from './output-cache.ts';
import { type PlannedNode, planRun } from './run-plan.ts';

export interface EngineOptions {
  /** The node types this engine can run (its catalogue validates workflows). */
  readonly registry: NodeRegistry;
  /** The model package nodes use. Cached results assume it does not change: one engine per model. */
  readonly models: ModelAccess;
  /** Where output nodes write. Cached output nodes assume it does not change either. */
  readonly files: OutputFiles;
  /** Times events and nodes; default the system clock. */
  readonly clock?: Clock;
  /** Budget of the output cache in estimated bytes; default 1 GiB, 0 turns caching off. */
  readonly cacheBytes?: number;
  /** Recorded in run manifests; default this build's version. */
  readonly tesseraVersion?: string;
}

export interface RunRequest {
  /** A workflow document; it is validated first (`WorkflowInvalidError` when it cannot run). */
  readonly workflow: WorkflowDocument;
  /** Run these nodes and what they need; default every output node. */
  readonly targets?: readonly string[];
  /** Execute these nodes even when their result is cached (e.g. to save another copy). */
  readonly rerun?: readonly string[];
  /** Cancels the run: the executing node stops within one model step, no other node starts. */
  readonly signal?: AbortSignal;
  /** Receives every event, synchronously, in order. Errors it throws are ignored. */
  readonly onEvent?: EngineListener;
  /** Default: a random UUID. */
  readonly runId?: string;
}

export interface RunResult {
  readonly runId: string;
  /** How the run ended: `succeeded` when no node failed. */
  readonly status: FinishedRunStatus;
  /** Every node that finished (executed or from the cache), failed runs and cancelled ones too. */
  readonly results: ReadonlyMap<NodeId, NodeResult>;
  readonly failures: readonly NodeFailure[];
  readonly ms: number;
}

export interface Engine {
  /** Runs a workflow; resolves with how it ended (never rejects for a node's failure). */
  run(request: RunRequest): Promise<RunResult>;
  readonly cache: OutputCache;
  readonly registry: NodeRegistry;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : `threw ${String(error)}`;

/** The node whose failure keeps `planned` from running, if any. */
function blockedBy(planned: PlannedNode, failed: ReadonlyMap<string, NodeId>): NodeId | undefined {
  for (const source of planned.sources.values()) {
    const root = failed.get(source.node);
    if (root !== undefined) return root;
  }
  return undefined;
}

function inputsOf(planned: PlannedNode, results: ReadonlyMap<string, NodeResult>) {
  const inputs: Record<string, unknown> = {};
  for (const [port, source] of planned.sources) {
    inputs[port] = results.get(source.node)?.outputs[source.port];
  }
  return inputs;
}

function checkOutputs(planned: PlannedNode, result: NodeResult): void {
  for (const output of planned.implementation.spec.outputs) {
    if (result.outputs[output.name] === undefined) {
      throw new Error(`${planned.node.type} returned no value for output "${output.name}"`);
    }
  }
}

/**
 * An engine: runs workflows one node at a time in topological order, reusing node results by
 * cache key (in memory, LRU within a byte budget) so that after a change only the changed nodes
 * and those downstream execute. Output nodes are cached like the others: re-running an unchanged
 * workflow executes nothing and writes no second file (`rerun` forces them). No files, no network
 * here: models and the output folder come in as capabilities.
 */
export function createEngine(options: EngineOptions): Engine {
  const { registry, models, files } = options;
  const clock = options.clock ?? { now: () => Date.now() };
  const tesseraVersion = options.tesseraVersion ?? TESSERA_VERSION;
  const cache = new OutputCache(options.cacheBytes ?? DEFAULT_CACHE_BYTES);

  async function run(request: RunRequest): Promise<RunResult> {
    const plan = planRun(request.workflow, registry, request.targets);
    const runId = request.runId ?? crypto.randomUUID();
    const signal = request.signal ?? new AbortController().signal;
    const emit = (event: UnstampedEvent): void => {
      const stamped: EngineEvent = { ...event, runId, at: clock.now() };
      try {
        request.onEvent?.(stamped);
      } catch {
        // A listener's failure (a closed socket, a UI bug) must not change what the run does.
      }
    };
    const scope: NodeRunScope = { runId, plan, models, files, clock, signal, tesseraVersion };
    const rerun = new Set(request.rerun ?? []);
    const results = new Map<NodeId, NodeResult>();
    const failed = new Map<string, NodeId>();
    const failures: NodeFailure[] = [];
    const started = clock.now();

    const end = (status: FinishedRunStatus, interrupted?: NodeId): RunResult => {
      const ms = clock.now() - started;
      if (status === 'succeeded') emit({ type: 'run-finished', ms });
      else if (status === 'failed') emit({ type: 'run-failed', ms, failures });
      else emit({ type: 'run-cancelled', ms, ...(interrupted ? { nodeId: interrupted } : {}) });
      return { runId, status, results, failures, ms };
    };

    emit({ type: 'run-started', order: plan.nodes.map((planned) => planned.id) });
    for (const planned of plan.nodes) {
      if (signal.aborted) return end('cancelled');
      const { id: nodeId, cacheKey } = planned;
      const nodeType = planned.implementation.spec.type;
      const root = blockedBy(planned, failed);
      if (root !== undefined) {
        failed.set(nodeId, root);
        emit({ type: 'node-skipped', nodeId, nodeType, blockedBy: root });
        continue;
      }
      const hit = rerun.has(nodeId) ? undefined : cache.get(cacheKey);
      if (hit !== undefined) {
        results.set(nodeId, hit);
        emit({ type: 'node-finished', nodeId, nodeType, cached: true, ms: 0, result: hit });
        continue;
      }
      emit({ type: 'node-started', nodeId, nodeType });
      const begun = clock.now();
      try {
        const inputs = inputsOf(planned, results);
        const ctx = createNodeContext(scope, planned, inputs, nodeEventReporter(emit, planned));
        const result = await planned.implementation.execute(ctx);
        checkOutputs(planned, result);
        results.set(nodeId, result);
        cache.set(cacheKey, result);
        const ms = clock.now() - begun;
        emit({ type: 'node-finished', nodeId, nodeType, cached: false, ms, result });
      } catch (error) {
        if (signal.aborted) return end('cancelled', nodeId);
        const failure = { nodeId, nodeType, message: messageOf(error) };
        failures.push(failure);
        failed.set(nodeId, nodeId);
        emit({ type: 'node-failed', ...failure, error });
      }
    }
    return end(failures.length > 0 ? 'failed' : 'succeeded');
  }

  return { run, cache, registry };
}
