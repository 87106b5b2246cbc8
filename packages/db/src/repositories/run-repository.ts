// Runs: a snapshot of the document, a status that only moves forward, per-node progress.
import { RUN_STATUSES } from '@tessera/protocol';
import type { RunStatus } from '@tessera/protocol';
import type { DbClient } from '../client/db-client.ts';
import { InvalidRunTransitionError } from '../errors/invalid-run-transition-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import type { NodeId, RunId, RunnerId, UserId, WorkflowId } from '../ids.ts';
import type { JsonObject } from '../json.ts';
import { isForeignKeyViolation } from './prisma-errors.ts';
import { withWriteRetry } from './retry.ts';
import { listRunHistory, type RunHistoryEntry } from './run-history.ts';
import { listRunOutputs, type RunOutput } from './run-outputs.ts';
import {
  runTransitions,
  toRunNodeRecord,
  toRunRecord,
  type RunNodeRecord,
  type RunNodeStatus,
  type RunRecord,
} from './run-records.ts';

export interface CreateRunInput {
  /** The document to run; stored as is, later edits of the workflow do not change it. */
  readonly document: JsonObject;
  readonly workflowId?: WorkflowId | null;
  readonly workflowVersion?: number | null;
  readonly ownerId?: UserId | null;
  /** The model packages it is queued with: { model id: package sha256 }. */
  readonly models?: Readonly<Record<string, string>>;
  /** Nodes to track from the start, as 'pending'. */
  readonly nodes?: readonly { readonly nodeId: NodeId; readonly nodeType?: string }[];
}

export interface ListRunsOptions {
  readonly workflowId?: WorkflowId;
  /** Only runs of this owner (for accounts; none filters nothing). */
  readonly ownerId?: UserId;
  readonly status?: RunStatus | readonly RunStatus[];
  readonly limit?: number;
}

export interface UpdateRunNodeInput {
  readonly status: RunNodeStatus;
  readonly nodeType?: string;
  readonly cached?: boolean;
  readonly cacheKey?: string | null;
  readonly runnerId?: RunnerId | null;
  /** The runner executing it (by name), and the server that placed it there. */
  readonly runnerName?: string | null;
  readonly serverId?: string | null;
  readonly error?: string | null;
}

const finishedNodeStatuses: readonly RunNodeStatus[] = [
  'succeeded',
  'failed',
  'cancelled',
  'skipped',
];

export class RunRepository {
  constructor(private readonly db: DbClient) {}

  /** Queues a run. */
  async create(input: CreateRunInput): Promise<RunRecord> {
    const row = await withWriteRetry(() =>
      this.db.run.create({
        data: {
          document: input.document,
          workflowId: input.workflowId ?? null,
          workflowVersion: input.workflowVersion ?? null,
          ownerId: input.ownerId ?? null,
          ...(input.models ? { models: { ...input.models } } : {}),
          status: 'queued',
          nodes: {
            create: (input.nodes ?? []).map((node) => ({
              nodeId: node.nodeId,
              nodeType: node.nodeType ?? '',
            })),
          },
        },
      }),
    );
    return toRunRecord(row);
  }

  async get(id: RunId): Promise<RunRecord | null> {
    const row = await this.db.run.findUnique({ where: { id } });
    return row ? toRunRecord(row) : null;
  }

  /** Newest first. */
  async list(options: ListRunsOptions = {}): Promise<RunRecord[]> {
    const statuses =
      options.status === undefined ? undefined : ([] as RunStatus[]).concat(options.status);
    const rows = await this.db.run.findMany({
      where: {
        ...(options.workflowId ? { workflowId: options.workflowId } : {}),
        ...(options.ownerId ? { ownerId: options.ownerId } : {}),
        ...(statuses ? { status: { in: statuses } } : {}),
      },
      orderBy: [{ queuedAt: 'desc' }, { id: 'asc' }],
      ...(options.limit ? { take: options.limit } : {}),
    });
    return rows.map(toRunRecord);
  }

  /** Like `list`, each run with its workflow's name, duration, outputs and thumbnails. */
  history(options: ListRunsOptions = {}): Promise<RunHistoryEntry[]> {
    return listRunHistory(this.db, options);
  }

  /** Every stored output of a run, cached ones included (see RunOutput). */
  async outputs(id: RunId): Promise<RunOutput[]> {
    const run = await this.get(id);
    if (!run) throw new NotFoundError('Run', id);
    return listRunOutputs(this.db, id, run.document);
  }

  /** queued → running; records the start time and the runner. */
  start(id: RunId, options: { runnerId?: RunnerId | null } = {}): Promise<RunRecord> {
    return this.transition(id, 'running', {
      startedAt: new Date(),
      runnerId: options.runnerId ?? null,
    });
  }

  /** running → succeeded. */
  succeed(id: RunId): Promise<RunRecord> {
    return this.transition(id, 'succeeded', { finishedAt: new Date() });
  }

  /** queued|running → failed, with the message and the node that failed, if one did. */
  fail(id: RunId, failure: { error: string; nodeId?: NodeId | null }): Promise<RunRecord> {
    return this.transition(id, 'failed', {
      finishedAt: new Date(),
      error: failure.error,
      errorNodeId: failure.nodeId ?? null,
    });
  }

  /** queued|running → cancelled. */
  cancel(id: RunId): Promise<RunRecord> {
    return this.transition(id, 'cancelled', { finishedAt: new Date() });
  }

  /** Per-node status, created on first report; start and finish times follow the status. */
  async updateNode(
    runId: RunId,
    nodeId: NodeId,
    update: UpdateRunNodeInput,
  ): Promise<RunNodeRecord> {
    const now = new Date();
    const finished = finishedNodeStatuses.includes(update.status);
    const data = {
      status: update.status,
      ...(update.nodeType === undefined ? {} : { nodeType: update.nodeType }),
      ...(update.cached === undefined ? {} : { cached: update.cached }),
      ...(update.cacheKey === undefined ? {} : { cacheKey: update.cacheKey }),
      ...(update.runnerId === undefined ? {} : { runnerId: update.runnerId }),
      ...(update.runnerName === undefined ? {} : { runnerName: update.runnerName }),
      ...(update.serverId === undefined ? {} : { serverId: update.serverId }),
      ...(update.error === undefined ? {} : { error: update.error }),
      ...(update.status === 'running' ? { startedAt: now } : {}),
      ...(finished ? { finishedAt: now } : {}),
    };
    try {
      const row = await withWriteRetry(() =>
        this.db.runNode.upsert({
          where: { runId_nodeId: { runId, nodeId } },
          create: {
            runId,
            nodeId,
            ...data,
            ...(finished && update.cached ? { startedAt: now } : {}),
          },
          update: data,
        }),
      );
      return toRunNodeRecord(row);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Run', runId);
      throw error;
    }
  }

  /** In the order they were reported. */
  async listNodes(runId: RunId): Promise<RunNodeRecord[]> {
    const rows = await this.db.runNode.findMany({
      where: { runId },
      orderBy: [{ startedAt: 'asc' }, { nodeId: 'asc' }],
    });
    return rows.map(toRunNodeRecord);
  }

  private async transition(
    id: RunId,
    to: RunStatus,
    data: {
      startedAt?: Date;
      finishedAt?: Date;
      runnerId?: RunnerId | null;
      error?: string;
      errorNodeId?: NodeId | null;
    },
  ): Promise<RunRecord> {
    const from = RUN_STATUSES.filter((status) => runTransitions[status].includes(to));
    // Compare-and-set on the status, so two reporters cannot both finish a run.
    const { count } = await withWriteRetry(() =>
      this.db.run.updateMany({
        where: { id, status: { in: from } },
        data: { status: to, ...data },
      }),
    );
    const row = await this.db.run.findUnique({ where: { id } });
    if (!row) throw new NotFoundError('Run', id);
    if (count === 0) throw new InvalidRunTransitionError(id, row.status, to);
    return toRunRecord(row);
  }
}
