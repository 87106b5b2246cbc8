// Run rows as the rest of Tessera sees them.
import { RUN_STATUSES } from '@tessera/protocol';
import type { RunStatus } from '@tessera/protocol';
import type { Run, RunNode } from '../generated/sqlite/client.ts';
import {
  asId,
  asOptionalId,
  type NodeId,
  type RunId,
  type RunnerId,
  type UserId,
  type WorkflowId,
} from '../ids.ts';
import { expectJsonObject, isJsonObject, type JsonObject } from '../json.ts';
import { enumValue } from './enum-value.ts';

export const runNodeStatuses = [
  'pending',
  'running',
  'succeeded',
  'failed',
  'cancelled',
  'skipped',
] as const;
export type RunNodeStatus = (typeof runNodeStatuses)[number];

/** Which statuses a run may move to from each status. */
export const runTransitions: Readonly<Record<RunStatus, readonly RunStatus[]>> = {
  queued: ['running', 'failed', 'cancelled'],
  running: ['succeeded', 'failed', 'cancelled'],
  succeeded: [],
  failed: [],
  cancelled: [],
};

export interface RunRecord {
  readonly id: RunId;
  readonly workflowId: WorkflowId | null;
  readonly workflowVersion: number | null;
  /** The document exactly as it was when the run was queued. */
  readonly document: JsonObject;
  readonly status: RunStatus;
  readonly error: string | null;
  /** The node whose failure failed the run, when one did. */
  readonly errorNodeId: NodeId | null;
  readonly runnerId: RunnerId | null;
  /**
   * The model packages the run was queued with, as { model id: package sha256 }
   * (see modelPackageSha256 in @tessera/protocol); empty when none was known.
   */
  readonly models: Readonly<Record<string, string>>;
  readonly ownerId: UserId | null;
  readonly queuedAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

export interface RunNodeRecord {
  readonly runId: RunId;
  readonly nodeId: NodeId;
  readonly nodeType: string;
  readonly status: RunNodeStatus;
  /** The outputs came from the cache. */
  readonly cached: boolean;
  readonly cacheKey: string | null;
  readonly runnerId: RunnerId | null;
  /** The runner that executed it (its last attempt); null when it came from the cache. */
  readonly runnerName: string | null;
  /** The server that drove it (`TESSERA_SERVER_ID`, else hostname:pid). */
  readonly serverId: string | null;
  readonly error: string | null;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

/** A `models` column as a map of strings (anything else in it is ignored). */
export function runModelsFrom(column: unknown): Record<string, string> {
  if (!isJsonObject(column)) return {};
  const models: Record<string, string> = {};
  for (const [id, sha256] of Object.entries(column))
    if (typeof sha256 === 'string') models[id] = sha256;
  return models;
}

export function toRunRecord(row: Run): RunRecord {
  return {
    id: asId<RunId>(row.id),
    workflowId: asOptionalId<WorkflowId>(row.workflowId),
    workflowVersion: row.workflowVersion,
    document: expectJsonObject(row.document, `Run ${row.id} document`),
    status: enumValue(RUN_STATUSES, row.status, 'run status'),
    error: row.error,
    errorNodeId: asOptionalId<NodeId>(row.errorNodeId),
    runnerId: asOptionalId<RunnerId>(row.runnerId),
    models: runModelsFrom(row.models),
    ownerId: asOptionalId<UserId>(row.ownerId),
    queuedAt: row.queuedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export function toRunNodeRecord(row: RunNode): RunNodeRecord {
  return {
    runId: asId<RunId>(row.runId),
    nodeId: asId<NodeId>(row.nodeId),
    nodeType: row.nodeType,
    status: enumValue(runNodeStatuses, row.status, 'run node status'),
    cached: row.cached,
    cacheKey: row.cacheKey,
    runnerId: asOptionalId<RunnerId>(row.runnerId),
    runnerName: row.runnerName,
    serverId: row.serverId,
    error: row.error,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
