// Workflow rows as the rest of Tessera sees them: branded ids, checked enums, JSON objects.
import type { Workflow, WorkflowVersion } from '../generated/sqlite/client.ts';
import {
  asId,
  asOptionalId,
  type UserId,
  type WorkflowId,
  type WorkflowVersionId,
} from '../ids.ts';
import { expectJsonObject, type JsonObject } from '../json.ts';
import { enumValue } from './enum-value.ts';
import { tagsFromColumn } from './workflow-tags.ts';

export const workflowVisibilities = ['private', 'unlisted', 'public'] as const;
export type WorkflowVisibility = (typeof workflowVisibilities)[number];

/** What a saved entity is: a workflow, or a component (its document holds one definition). */
export const workflowKinds = ['workflow', 'component'] as const;
export type WorkflowKind = (typeof workflowKinds)[number];

/** created: first state; saved: an accepted save; conflict: a save refused as stale, kept. */
export const workflowVersionKinds = ['created', 'saved', 'conflict'] as const;
export type WorkflowVersionKind = (typeof workflowVersionKinds)[number];

export interface WorkflowRecord {
  readonly id: WorkflowId;
  readonly kind: WorkflowKind;
  readonly name: string;
  readonly description: string;
  /** Lower case, without duplicates (see normalizeTags). */
  readonly tags: readonly string[];
  readonly document: JsonObject;
  /** Optimistic-concurrency counter: pass it back as `expectedVersion` when saving. */
  readonly version: number;
  readonly visibility: WorkflowVisibility;
  readonly shareSlug: string | null;
  readonly forkedFromId: WorkflowId | null;
  readonly ownerId: UserId | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly deletedAt: Date | null;
}

export type WorkflowSummary = Pick<
  WorkflowRecord,
  | 'id'
  | 'kind'
  | 'name'
  | 'description'
  | 'tags'
  | 'version'
  | 'visibility'
  | 'ownerId'
  | 'createdAt'
  | 'updatedAt'
>;

export interface WorkflowVersionRecord {
  readonly id: WorkflowVersionId;
  readonly workflowId: WorkflowId;
  /** The workflow version this state became; null for a refused (conflicting) save. */
  readonly version: number | null;
  /** The version the writer started from; null for the first state. */
  readonly baseVersion: number | null;
  readonly kind: WorkflowVersionKind;
  readonly name: string;
  readonly description: string;
  readonly document: JsonObject;
  readonly authorId: UserId | null;
  readonly createdAt: Date;
}

export function toWorkflowRecord(row: Workflow): WorkflowRecord {
  return {
    id: asId<WorkflowId>(row.id),
    kind: enumValue(workflowKinds, row.kind, 'workflow kind'),
    name: row.name,
    description: row.description,
    tags: tagsFromColumn(row.tags),
    document: expectJsonObject(row.document, `Workflow ${row.id} document`),
    version: row.version,
    visibility: enumValue(workflowVisibilities, row.visibility, 'workflow visibility'),
    shareSlug: row.shareSlug,
    forkedFromId: asOptionalId<WorkflowId>(row.forkedFromId),
    ownerId: asOptionalId<UserId>(row.ownerId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

export const workflowSummarySelect = {
  id: true,
  kind: true,
  name: true,
  description: true,
  tags: true,
  version: true,
  visibility: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toWorkflowSummary(
  row: Pick<Workflow, keyof typeof workflowSummarySelect>,
): WorkflowSummary {
  return {
    id: asId<WorkflowId>(row.id),
    kind: enumValue(workflowKinds, row.kind, 'workflow kind'),
    name: row.name,
    description: row.description,
    tags: tagsFromColumn(row.tags),
    version: row.version,
    visibility: enumValue(workflowVisibilities, row.visibility, 'workflow visibility'),
    ownerId: asOptionalId<UserId>(row.ownerId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toWorkflowVersionRecord(row: WorkflowVersion): WorkflowVersionRecord {
  return {
    id: asId<WorkflowVersionId>(row.id),
    workflowId: asId<WorkflowId>(row.workflowId),
    version: row.version,
    baseVersion: row.baseVersion,
    kind: enumValue(workflowVersionKinds, row.kind, 'workflow version kind'),
    name: row.name,
    description: row.description,
    document: expectJsonObject(row.document, `WorkflowVersion ${row.id} document`),
    authorId: asOptionalId<UserId>(row.authorId),
    createdAt: row.createdAt,
  };
}
