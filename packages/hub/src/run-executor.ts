// Executes one run across runners: walks the plan, reuses a node's result when its cache key is
// known (in memory or in the database), else places it on a runner that advertises its type
// (preferring the one holding its inputs), forwards the inputs as they came over the wire, retries
// a node whose runner was lost, and reports everything.
//
// One entry point for fresh and continued runs: given a run that is already `running` (its
// server died, or restarted), it takes the outputs of the nodes that run finished back from
// their stored artifacts and executes only the rest; a node is executed again only when the
// runner or server executing it died before it finished. The caller guarantees that one driver
// at a time executes a run: the embedded queue hands a run to its one process; the cluster
// queue holds the run's BullMQ job lock while it drives it.
import { randomUUID } from 'node:crypto';
import {
  type NodeId,
  type RunNodeRecord,
  type RunRecord,
  type RunRepository,
  asId,
} from '@tessera/db';
import {
  type Catalogue,
  type WorkflowDocument,
  computeCacheKeys,
  flattenDocument,
  plan,
  resolveParams,
  validate,
} from '@tessera/graph';
import type { ArtifactRef, WireValues } from '@tessera/protocol';
import type { ParamResolver } from './artifact-params.ts';
import type { ArtifactStore } from './artifact-store.ts';
import type { EventBus } from './event-bus.ts';
import { RunHandedOver } from './run-handed-over.ts';
import { type EmitRunEvent, placeNode } from './node-placement.ts';
import { modelClause, resolveNodeParams, withNodeParams } from './node-params.ts';
import type { NodeResults } from './node-results.ts';
import { type RunnerLinks, modelNamed } from './runner-links.ts';

export interface RunExecutorDeps {
  readonly catalogue: Catalogue;
  readonly links: RunnerLinks;
  readonly bus: EventBus;
  readonly runs: RunRepository;
  readonly store: ArtifactStore;
  /**
   * Node results computed before, by cache key (reused across runs, and taken back when a run
   * is continued); without it, every node executes and a continued run starts over.
   */
  readonly results?: NodeResults;
  /** How long a node waits while no connected runner advertises its type. */
  readonly placementTimeoutMs: number;
  /** Attempts per node when runners are lost (default 3). */
  readonly maxAttempts?: number;
  readonly log?: (line: string) => void;
  /**
   * Fills in params a runner cannot (a stored plan for plan.load's `artifact`) before a job is
   * offered; cache keys stay those of the document's params.
   */
  readonly resolveParams?: ParamResolver;
  /** This server's name, recorded on each node it drives (default none). */
  readonly serverName?: string;
}

type NodeFailure = { nodeId: string; message: string };

const dbNode = (id: string): NodeId => asId<NodeId>(id);

/** How long a node of an earlier driver took, from its recorded times. */
const recordedMs = (node: RunNodeRecord): number =>
  node.startedAt && node.finishedAt ? node.finishedAt.getTime() - node.startedAt.getTime() : 0;

/**
 * Executes `run` to its end: a `queued` run from its start, a `running` one (continued after its
 * driver died) from its finished nodes. Never throws for a run's failure.
 */
export async function executeRun(
  run: RunRecord,
  signal: AbortSignal,
  deps: RunExecutorDeps,
): Promise<void> {
  const runId = run.id;
  const emit: EmitRunEvent = (event) => deps.bus.publish({ ...event, runId, at: Date.now() });
  const checked = validate(run.document, deps.catalogue);
  if (!checked.ok) {
    const error = `The workflow cannot run: ${checked.problems
      .filter((p) => p.severity === 'error')
      .map((p) => p.message)
      .join(' ')}`;
    await deps.runs.fail(runId, { error });
    emit({ type: 'run-failed', error });
    return;
  }
  // Component instances run as their inner nodes, with stable ids `instance/inner`.
  const doc: WorkflowDocument = flattenDocument(checked.document).document;
  const order = plan(doc, deps.catalogue);
  // Results are reused within one owner's runs only: another user's outputs never show up as a
  // cache hit (their artifacts would not be this owner's to see).
  const ownerScope = run.ownerId === null ? '' : `${run.ownerId}:`;
  const keys = new Map(
    [...computeCacheKeys(doc, deps.catalogue)].map(([id, key]) => [id, `${ownerScope}${key}`]),
  );
  const earlier = new Map<string, RunNodeRecord>();
  let started = run.status === 'running';
  if (started) {
    for (const node of await deps.runs.listNodes(runId)) earlier.set(node.nodeId, node);
    const done = [...earlier.values()].filter((node) => node.status === 'succeeded').length;
    deps.log?.(`run ${runId}: continuing from ${done} finished node(s)`);
    emit({ type: 'run-started', order: [...order] });
  }
  const driveId = randomUUID().slice(0, 8);
  const serverId = deps.serverName ?? null;
  const values = new Map<string, WireValues>();
  const holders = new Map<string, string>();
  const blocked = new Map<string, string>();
  const failures: NodeFailure[] = [];
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await deps.runs.start(runId);
    emit({ type: 'run-started', order: [...order] });
  };
  const failNode = async (id: string, nodeType: string, message: string): Promise<void> => {
    failures.push({ nodeId: id, message });
    blocked.set(id, id);
    if (started)
      await deps.runs.updateNode(runId, dbNode(id), { status: 'failed', nodeType, error: message });
    emit({ type: 'node-failed', nodeId: id, nodeType, message });
  };

  for (const id of order) {
    if (signal.aborted) break;
    const node = doc.nodes.find((n) => n.id === id)!;
    const spec = deps.catalogue.get(node.type);
    const incoming = doc.edges.filter((edge) => edge.to.node === id);
    const root = incoming.map((edge) => blocked.get(edge.from.node)).find((r) => r !== undefined);
    if (root !== undefined) {
      blocked.set(id, root);
      if (started)
        await deps.runs.updateNode(runId, dbNode(id), { status: 'skipped', nodeType: node.type });
      emit({ type: 'node-skipped', nodeId: id, nodeType: node.type, blockedBy: root });
      continue;
    }
    const before = earlier.get(id);
    if (before?.status === 'failed') {
      await failNode(id, node.type, before.error ?? `${node.type} failed`);
      continue;
    }
    const kept =
      before?.status === 'succeeded' && before.cacheKey !== null
        ? await deps.results?.find(before.cacheKey)
        : undefined;
    if (before && kept) {
      // Finished under the previous driver: its outputs are taken back, nothing executes.
      values.set(id, kept.outputs);
      emit({
        type: 'node-finished',
        nodeId: id,
        nodeType: node.type,
        runner: before.runnerName ?? '',
        ms: recordedMs(before),
        artifacts: [...kept.artifacts],
        cached: before.cached,
        ...(kept.display ? { display: kept.display } : {}),
      });
      continue;
    }
    const cacheKey = keys.get(id);
    const hit = cacheKey === undefined ? undefined : await deps.results?.reusable(cacheKey);
    if (hit) {
      await start();
      values.set(id, hit.outputs);
      await deps.runs.updateNode(runId, dbNode(id), {
        status: 'succeeded',
        nodeType: node.type,
        cached: true,
        cacheKey: cacheKey ?? null,
        runnerName: null,
        serverId,
      });
      emit({
        type: 'node-finished',
        nodeId: id,
        nodeType: node.type,
        runner: '',
        ms: 0,
        artifacts: [...hit.artifacts],
        cached: true,
        ...(hit.display ? { display: hit.display } : {}),
      });
      continue;
    }
    const inputs: WireValues = {};
    for (const edge of incoming) {
      const value = values.get(edge.from.node)?.[edge.from.port];
      if (value !== undefined) inputs[edge.to.port] = value;
    }
    const resolved = await resolveNodeParams(
      deps.resolveParams,
      node,
      resolveParams(spec, node.params),
      run,
    );
    if ('error' in resolved) {
      await start();
      await failNode(id, node.type, resolved.error);
      continue;
    }
    const placement = await placeNode(
      {
        runId,
        node,
        model: modelNamed(resolveParams(spec, node.params)),
        params: resolved.params,
        // Runners read a node's params from the workflow: it carries the resolved ones too.
        workflow: withNodeParams(doc, id, resolved.params),
        sourceWorkflow: checked.document,
        inputs,
        prefer: incoming.flatMap((edge) => holders.get(edge.from.node) ?? []),
        driveId,
        signal,
      },
      deps,
      emit,
      async (link) => {
        await start();
        await deps.runs.updateNode(runId, dbNode(id), {
          status: 'running',
          nodeType: node.type,
          runnerName: link.name,
          serverId,
        });
      },
    );
    if (signal.aborted) break;
    const { outcome } = placement;

    if (outcome?.kind === 'finished') {
      const artifacts: ArtifactRef[] = [];
      for (const [port, value] of Object.entries(outcome.outputs)) {
        const ref = await deps.store.store(runId, id, port, value, cacheKey);
        if (ref) artifacts.push(ref);
      }
      const { outputs, display } = outcome;
      values.set(id, outputs);
      holders.set(id, placement.connectionId);
      // Kept before the node is recorded as finished, so a continued run always finds it.
      if (cacheKey !== undefined)
        await deps.results?.remember(
          { cacheKey, ownerId: run.ownerId, runId, nodeId: id },
          { outputs, artifacts, ...(display ? { display } : {}) },
        );
      await deps.runs.updateNode(runId, dbNode(id), {
        status: 'succeeded',
        cached: false,
        cacheKey: cacheKey ?? null,
      });
      emit({
        type: 'node-finished',
        nodeId: id,
        nodeType: node.type,
        runner: placement.runnerName,
        ms: outcome.ms,
        artifacts,
        cached: false,
        ...(display ? { display } : {}),
      });
      continue;
    }
    const message =
      outcome?.kind === 'failed'
        ? outcome.message
        : placement.lastLoss !== undefined
          ? `${placement.lastLoss} while running "${id}", and no other runner that advertises ${node.type} could take it`
          : `No connected runner advertises ${node.type}${modelClause(spec, node.params)} (needed by "${id}")`;
    await failNode(id, node.type, message);
  }

  if (signal.reason instanceof RunHandedOver) {
    deps.log?.(signal.reason.message);
    return; // the run's status and events are the new driver's now
  }
  if (signal.aborted) {
    await deps.runs.cancel(runId);
    emit({ type: 'run-cancelled' });
  } else if (failures.length > 0) {
    const first = failures[0]!;
    const error = `Node "${first.nodeId}" failed: ${first.message}`;
    await deps.runs.fail(runId, { error, nodeId: dbNode(first.nodeId) });
    emit({ type: 'run-failed', error, nodeId: first.nodeId });
  } else {
    if (!started) await deps.runs.start(runId);
    await deps.runs.succeed(runId);
    emit({ type: 'run-finished' });
  }
}
