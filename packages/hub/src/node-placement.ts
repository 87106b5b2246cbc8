// Places one node on runners until it ends: acquires an idle runner that advertises its type,
// offers the job, forwards its progress and partial outputs, and places it again on another
// runner (or the same one, reconnected) when its runner is lost, up to `maxAttempts` times.
import type { JobOffer, RunEvent, WireValues } from '@tessera/protocol';
import type { Params, WorkflowDocument } from '@tessera/graph';
import type { JobOutcome, RunnerLink, RunnerLinks } from './runner-links.ts';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EmitRunEvent = (event: Without<RunEvent, 'runId' | 'at'>) => void;

export interface NodePlacementRequest {
  readonly runId: string;
  readonly node: { readonly id: string; readonly type: string };
  /** The model the node names, if any: only a runner holding it may take the node. */
  readonly model: string | undefined;
  /** The node's resolved params, and the document carrying them. */
  readonly params: Params;
  readonly workflow: WorkflowDocument;
  /** The run's document before flattening (components kept), for files that embed it. */
  readonly sourceWorkflow: WorkflowDocument;
  readonly inputs: WireValues;
  /** Connections holding the node's inputs: chosen first when idle. */
  readonly prefer: readonly string[];
  /** Tells apart this driver's jobs from a previous driver's of the same run. */
  readonly driveId: string;
  readonly signal: AbortSignal;
}

export interface NodePlacementDeps {
  readonly links: RunnerLinks;
  readonly placementTimeoutMs: number;
  /** Attempts when runners are lost (default 3). */
  readonly maxAttempts?: number;
  readonly log?: (line: string) => void;
}

export interface NodePlacement {
  /** Undefined when no runner could be acquired (none capable, or aborted). */
  readonly outcome: JobOutcome | undefined;
  /** The runner of the last attempt. */
  readonly runnerName: string;
  readonly connectionId: string;
  /** Why the last runner was lost, when it was. */
  readonly lastLoss: string | undefined;
}

/**
 * Runs the node on a runner. `onPlaced` is awaited once per attempt, before the job is offered
 * (the caller records where the node runs). A connection that lost the node is not offered it
 * again; a runner restarted after a crash comes back with a new connection, which may take it.
 */
export async function placeNode(
  request: NodePlacementRequest,
  deps: NodePlacementDeps,
  emit: EmitRunEvent,
  onPlaced: (link: RunnerLink, attempt: number) => Promise<void>,
): Promise<NodePlacement> {
  const { node, signal } = request;
  const exclude = new Set<string>();
  let placement: NodePlacement = {
    outcome: undefined,
    runnerName: '',
    connectionId: '',
    lastLoss: undefined,
  };
  const attempts = deps.maxAttempts ?? 3;
  for (let attempt = 1; attempt <= attempts && !signal.aborted; attempt++) {
    const link = await deps.links.acquire(node.type, {
      model: request.model,
      prefer: request.prefer,
      exclude,
      signal,
      timeoutMs: deps.placementTimeoutMs,
    });
    if (!link) break;
    await onPlaced(link, attempt);
    if (signal.aborted) {
      // Cancelled while the placement was recorded: the abort listener below would never fire.
      deps.links.release(link.connectionId);
      break;
    }
    const offer: JobOffer = {
      jobId: `${request.runId}:${node.id}:${attempt}:${request.driveId}`,
      runId: request.runId,
      nodeId: node.id,
      nodeType: node.type,
      attempt,
      params: request.params,
      workflow: request.workflow,
      sourceWorkflow: request.sourceWorkflow,
      inputs: request.inputs,
    };
    emit({
      type: 'node-started',
      nodeId: node.id,
      nodeType: node.type,
      runner: link.name,
      attempt,
    });
    const stopOnCancel = (): void => link.cancel(offer.jobId);
    signal.addEventListener('abort', stopOnCancel, { once: true });
    const outcome = await deps.links.run(link, offer, (event) => {
      if (event.type === 'progress')
        emit({
          type: 'node-progress',
          nodeId: node.id,
          nodeType: node.type,
          step: event.step,
          total: event.total,
        });
      else if (event.type === 'partial')
        emit({ type: 'node-partial', nodeId: node.id, nodeType: node.type, output: event.output });
    });
    signal.removeEventListener('abort', stopOnCancel);
    placement = {
      outcome,
      runnerName: link.name,
      connectionId: link.connectionId,
      lastLoss: outcome.kind === 'lost' ? outcome.reason : placement.lastLoss,
    };
    if (outcome.kind !== 'lost') break;
    exclude.add(link.connectionId);
    deps.log?.(`run ${request.runId}: node ${node.id} lost (${outcome.reason}); placing it again`);
    emit({
      type: 'node-retry',
      nodeId: node.id,
      nodeType: node.type,
      reason: outcome.reason,
      attempt,
    });
  }
  return placement;
}
