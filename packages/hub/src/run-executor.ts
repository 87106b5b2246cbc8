// Executes one run across runners: walks the plan, reuses a node's result when its cache key is
// in the hub's cache, else places it on a runner that advertises its type (preferring the one
// holding its inputs), forwards the inputs as they came over the wire, retries a node whose
// runner was lost, and reports everything.
import { type NodeId, type RunRecord, type RunRepository, asId } from '@tessera/db';
import {
  type Catalogue,
  type Params,
  type WorkflowDocument,
  computeCacheKeys,
  plan,
  resolveParams,
  validate,
} from '@tessera/graph';
import type { ArtifactRef, JobOffer, RunEvent, WireValues } from '@tessera/protocol';
import { type ParamResolver, ParamResolutionError } from './artifact-params.ts';
import type { ArtifactStore } from './artifact-store.ts';
import type { EventBus } from './event-bus.ts';
import type { NodeOutputCache } from './node-output-cache.ts';
import { type JobOutcome, type RunnerLinks, modelNamed } from './runner-links.ts';

export interface RunExecutorDeps {
  readonly catalogue: Catalogue;
  readonly links: RunnerLinks;
  readonly bus: EventBus;
  readonly runs: RunRepository;
  readonly store: ArtifactStore;
  /** Results reused across runs by cache key; without one, every node executes. */
  readonly cache?: NodeOutputCache;
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
}

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type NodeFailure = { nodeId: string; message: string };

const dbNode = (id: string): NodeId => asId<NodeId>(id);

/** ` and holds the model "x"` when the node names a model, else nothing. */
function modelClause(spec: Parameters<typeof resolveParams>[0], params: Params): string {
  const model = modelNamed(resolveParams(spec, params));
  return model === undefined ? '' : ` and holds the model "${model}"`;
}

/** The params a node's job carries, or why they cannot be resolved (that node then fails). */
async function resolveNodeParams(
  deps: RunExecutorDeps,
  node: { readonly id: string; readonly type: string },
  params: Params,
  run: RunRecord,
): Promise<{ params: Params } | { error: string }> {
  if (!deps.resolveParams) return { params };
  try {
    return { params: await deps.resolveParams(node, params, { ownerId: run.ownerId }) };
  } catch (error) {
    if (error instanceof ParamResolutionError) return { error: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `${node.type}: its params could not be resolved (${reason})` };
  }
}

/** `doc` with node `id`'s params replaced (a new document; `doc` is left as it was). */
function withNodeParams(doc: WorkflowDocument, id: string, params: Params): WorkflowDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, params } : n)) };
}

/** Executes `run` (status `queued`) to its end; never throws for a run's failure. */
export async function executeRun(
  run: RunRecord,
  signal: AbortSignal,
  deps: RunExecutorDeps,
): Promise<void> {
  const runId = run.id;
  const emit = (event: Without<RunEvent, 'runId' | 'at'>): void =>
    deps.bus.publish({ ...event, runId, at: Date.now() });
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
  const doc: WorkflowDocument = checked.document;
  const order = plan(doc, deps.catalogue);
  // Results are reused within one owner's runs only: another user's outputs never show up as a
  // cache hit (their artifacts would not be this owner's to see).
  const ownerScope = run.ownerId === null ? '' : `${run.ownerId}:`;
  const keys = new Map(
    [...computeCacheKeys(doc, deps.catalogue)].map(([id, key]) => [id, `${ownerScope}${key}`]),
  );
  const values = new Map<string, WireValues>();
  const holders = new Map<string, string>();
  const blocked = new Map<string, string>();
  const failures: NodeFailure[] = [];
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await deps.runs.start(runId);
    emit({ type: 'run-started', order: [...order] });
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
    const cacheKey = keys.get(id);
    const hit = cacheKey === undefined ? undefined : deps.cache?.get(cacheKey);
    if (hit) {
      await start();
      values.set(id, hit.outputs);
      await deps.runs.updateNode(runId, dbNode(id), {
        status: 'succeeded',
        nodeType: node.type,
        cached: true,
        cacheKey: cacheKey ?? null,
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
    const prefer = incoming.flatMap((edge) => holders.get(edge.from.node) ?? []);
    const exclude = new Set<string>();
    const resolved = await resolveNodeParams(deps, node, resolveParams(spec, node.params), run);
    if ('error' in resolved) await start();
    const attempts = 'error' in resolved ? 0 : (deps.maxAttempts ?? 3);
    let lastLoss: string | undefined;
    let outcome: JobOutcome | undefined;
    let runnerName = '';
    let placedOn = '';
    for (let attempt = 1; attempt <= attempts && !signal.aborted; attempt++) {
      const link = await deps.links.acquire(node.type, {
        model: modelNamed(resolveParams(spec, node.params)),
        prefer,
        exclude,
        signal,
        timeoutMs: deps.placementTimeoutMs,
      });
      if (!link) break;
      await start();
      runnerName = link.name;
      placedOn = link.connectionId;
      const offer: JobOffer = {
        jobId: `${runId}:${id}:${attempt}`,
        runId,
        nodeId: id,
        nodeType: node.type,
        attempt,
        params: 'params' in resolved ? resolved.params : {},
        // Runners read a node's params from the workflow: it carries the resolved ones too.
        workflow: 'params' in resolved ? withNodeParams(doc, id, resolved.params) : { ...doc },
        inputs,
      };
      await deps.runs.updateNode(runId, dbNode(id), { status: 'running', nodeType: node.type });
      emit({ type: 'node-started', nodeId: id, nodeType: node.type, runner: link.name, attempt });
      const stopOnCancel = (): void => link.cancel(offer.jobId);
      signal.addEventListener('abort', stopOnCancel, { once: true });
      outcome = await deps.links.run(link, offer, (event) => {
        if (event.type === 'progress')
          emit({
            type: 'node-progress',
            nodeId: id,
            nodeType: node.type,
            step: event.step,
            total: event.total,
          });
        else if (event.type === 'partial')
          emit({ type: 'node-partial', nodeId: id, nodeType: node.type, output: event.output });
      });
      signal.removeEventListener('abort', stopOnCancel);
      if (outcome.kind !== 'lost') break;
      lastLoss = outcome.reason;
      exclude.add(link.connectionId);
      deps.log?.(`run ${runId}: node ${id} lost (${outcome.reason}); placing it again`);
      emit({
        type: 'node-retry',
        nodeId: id,
        nodeType: node.type,
        reason: outcome.reason,
        attempt,
      });
    }
    if (signal.aborted) break;

    if (outcome?.kind === 'finished') {
      const artifacts: ArtifactRef[] = [];
      for (const [port, value] of Object.entries(outcome.outputs)) {
        const ref = await deps.store.store(runId, id, port, value, cacheKey);
        if (ref) artifacts.push(ref);
      }
      const { outputs, display } = outcome;
      values.set(id, outputs);
      holders.set(id, placedOn);
      if (cacheKey !== undefined)
        deps.cache?.set(cacheKey, { outputs, artifacts, ...(display ? { display } : {}) });
      await deps.runs.updateNode(runId, dbNode(id), {
        status: 'succeeded',
        cached: false,
        cacheKey: cacheKey ?? null,
      });
      emit({
        type: 'node-finished',
        nodeId: id,
        nodeType: node.type,
        runner: runnerName,
        ms: outcome.ms,
        artifacts,
        cached: false,
        ...(display ? { display } : {}),
      });
      continue;
    }
    const message =
      'error' in resolved
        ? resolved.error
        : outcome?.kind === 'failed'
          ? outcome.message
          : lastLoss !== undefined
            ? `${lastLoss} while running "${id}", and no other runner that advertises ${node.type} could take it`
            : `No connected runner advertises ${node.type}${modelClause(spec, node.params)} (needed by "${id}")`;
    failures.push({ nodeId: id, message });
    blocked.set(id, id);
    if (started)
      await deps.runs.updateNode(runId, dbNode(id), {
        status: 'failed',
        nodeType: node.type,
        error: message,
      });
    emit({ type: 'node-failed', nodeId: id, nodeType: node.type, message });
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
