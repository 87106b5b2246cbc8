// Workflows and their version history, with optimistic concurrency on the document.
import type { DbClient } from '../client/db-client.ts';
import type { Workflow } from '../generated/sqlite/client.ts';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { WorkflowConflictError } from '../errors/workflow-conflict-error.ts';
import { asId, type UserId, type WorkflowId, type WorkflowVersionId } from '../ids.ts';
import type { JsonObject } from '../json.ts';
import { withWriteRetry } from './retry.ts';
import { listLibrary, type LibraryEntry, type LibraryQuery } from './workflow-library.ts';
import { tagsToColumn } from './workflow-tags.ts';
import {
  toWorkflowRecord,
  toWorkflowSummary,
  toWorkflowVersionRecord,
  workflowSummarySelect,
  type WorkflowKind,
  type WorkflowRecord,
  type WorkflowSummary,
  type WorkflowVersionRecord,
  type WorkflowVisibility,
} from './workflow-records.ts';

export interface CreateWorkflowInput {
  /** Default 'workflow'. */
  readonly kind?: WorkflowKind;
  readonly name: string;
  readonly description?: string;
  /** Normalized (trimmed, lower case, deduplicated) before they are stored. */
  readonly tags?: readonly string[];
  readonly document: JsonObject;
  readonly visibility?: WorkflowVisibility;
  readonly shareSlug?: string | null;
  readonly forkedFromId?: WorkflowId | null;
  readonly ownerId?: UserId | null;
}

export interface SaveWorkflowInput {
  readonly id: WorkflowId;
  /** The `version` the editor loaded; the save is refused when it is no longer current. */
  readonly expectedVersion: number;
  readonly document: JsonObject;
  readonly name?: string;
  readonly description?: string;
  readonly authorId?: UserId | null;
}

/** What `updateMeta` changes; what is left out stays. */
export interface WorkflowMetaInput {
  readonly description?: string;
  readonly tags?: readonly string[];
}

export interface ListWorkflowsOptions {
  readonly ownerId?: UserId;
  /** Only this kind (default every kind). */
  readonly kind?: WorkflowKind;
  readonly limit?: number;
}

type SaveOutcome =
  | { readonly ok: true; readonly row: Workflow }
  | { readonly ok: false; readonly currentVersion: number; readonly conflictVersionId: string }
  | { readonly ok: false; readonly currentVersion: null };

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new InvalidInputError('A workflow needs a name.');
  return trimmed;
}

export class WorkflowRepository {
  constructor(private readonly db: DbClient) {}

  /** Creates the workflow at version 1 and records that first state as a version. */
  async create(input: CreateWorkflowInput): Promise<WorkflowRecord> {
    const name = checkName(input.name);
    const description = input.description ?? '';
    const tags = tagsToColumn(input.tags ?? []);
    const row = await withWriteRetry(() =>
      this.db.workflow.create({
        data: {
          kind: input.kind ?? 'workflow',
          name,
          description,
          tags,
          document: input.document,
          visibility: input.visibility ?? 'private',
          shareSlug: input.shareSlug ?? null,
          forkedFromId: input.forkedFromId ?? null,
          ownerId: input.ownerId ?? null,
          versions: {
            create: {
              version: 1,
              kind: 'created',
              name,
              description,
              document: input.document,
              authorId: input.ownerId ?? null,
            },
          },
        },
      }),
    );
    return toWorkflowRecord(row);
  }

  /** A deleted workflow is only returned with `includeDeleted`. */
  async get(
    id: WorkflowId,
    options: { includeDeleted?: boolean } = {},
  ): Promise<WorkflowRecord | null> {
    const row = await this.db.workflow.findUnique({ where: { id } });
    if (!row || (row.deletedAt && !options.includeDeleted)) return null;
    return toWorkflowRecord(row);
  }

  async getByShareSlug(shareSlug: string): Promise<WorkflowRecord | null> {
    const row = await this.db.workflow.findFirst({ where: { shareSlug, deletedAt: null } });
    return row ? toWorkflowRecord(row) : null;
  }

  /** Live workflows, most recently updated first. */
  async list(options: ListWorkflowsOptions = {}): Promise<WorkflowSummary[]> {
    const rows = await this.db.workflow.findMany({
      where: {
        deletedAt: null,
        ...(options.ownerId ? { ownerId: options.ownerId } : {}),
        ...(options.kind ? { kind: options.kind } : {}),
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...(options.limit ? { take: options.limit } : {}),
      select: workflowSummarySelect,
    });
    return rows.map(toWorkflowSummary);
  }

  /** The library (search, tags, sort), each workflow with its last run and thumbnail. */
  library(query: Omit<LibraryQuery, 'deleted'> = {}): Promise<LibraryEntry[]> {
    return listLibrary(this.db, { ...query, deleted: false });
  }

  /** Deleted workflows, most recently deleted first (`restore` brings one back). */
  trash(
    query: Pick<LibraryQuery, 'ownerId' | 'limit' | 'search' | 'kind'> = {},
  ): Promise<LibraryEntry[]> {
    return listLibrary(this.db, { ...query, deleted: true });
  }

  /** A new workflow “Copy of <name>” with the same document, description and tags. */
  async duplicate(
    id: WorkflowId,
    options: { name?: string; ownerId?: UserId | null } = {},
  ): Promise<WorkflowRecord> {
    const source = await this.require(id);
    return this.create({
      kind: source.kind,
      name: options.name ?? `Copy of ${source.name}`,
      description: source.description,
      tags: source.tags,
      document: source.document,
      ownerId: options.ownerId === undefined ? source.ownerId : options.ownerId,
    });
  }

  /** Changes the description and tags without touching the document or its version counter. */
  async updateMeta(id: WorkflowId, meta: WorkflowMetaInput): Promise<WorkflowRecord> {
    const data = {
      ...(meta.description === undefined ? {} : { description: meta.description.trim() }),
      ...(meta.tags === undefined ? {} : { tags: tagsToColumn(meta.tags) }),
    };
    const { count } = await withWriteRetry(() =>
      this.db.workflow.updateMany({ where: { id, deletedAt: null }, data }),
    );
    if (count === 0) throw new NotFoundError('Workflow', id);
    return this.require(id);
  }

  /**
   * Saves a new document if `expectedVersion` is still current: one atomic compare-and-swap on
   * the version counter plus a WorkflowVersion row, in one transaction. A stale save throws
   * WorkflowConflictError and its document is kept as a version of kind 'conflict'.
   */
  async save(input: SaveWorkflowInput): Promise<WorkflowRecord> {
    const name = input.name === undefined ? undefined : checkName(input.name);
    const { id, expectedVersion, document, description } = input;
    const authorId = input.authorId ?? null;
    const outcome = await withWriteRetry(() =>
      this.db.$transaction(async (tx): Promise<SaveOutcome> => {
        const swapped = await tx.workflow.updateMany({
          where: { id, version: expectedVersion, deletedAt: null },
          data: {
            document,
            version: { increment: 1 },
            ...(name === undefined ? {} : { name }),
            ...(description === undefined ? {} : { description }),
          },
        });
        const current = await tx.workflow.findUnique({ where: { id } });
        if (!current || current.deletedAt) return { ok: false, currentVersion: null };
        if (swapped.count === 1) {
          await tx.workflowVersion.create({
            data: {
              workflowId: id,
              version: current.version,
              baseVersion: expectedVersion,
              kind: 'saved',
              name: current.name,
              description: current.description,
              document,
              authorId,
            },
          });
          return { ok: true, row: current };
        }
        const kept = await tx.workflowVersion.create({
          data: {
            workflowId: id,
            version: null,
            baseVersion: expectedVersion,
            kind: 'conflict',
            name: name ?? current.name,
            description: description ?? current.description,
            document,
            authorId,
          },
          select: { id: true },
        });
        return { ok: false, currentVersion: current.version, conflictVersionId: kept.id };
      }),
    );
    if (!outcome.ok) {
      if (outcome.currentVersion === null) throw new NotFoundError('Workflow', id);
      throw new WorkflowConflictError(
        id,
        expectedVersion,
        outcome.currentVersion,
        asId<WorkflowVersionId>(outcome.conflictVersionId),
      );
    }
    return toWorkflowRecord(outcome.row);
  }

  /** Every saved state, refused ones included, newest first. */
  async listVersions(
    id: WorkflowId,
    options: { limit?: number } = {},
  ): Promise<WorkflowVersionRecord[]> {
    const rows = await this.db.workflowVersion.findMany({
      where: { workflowId: id },
      orderBy: { createdAt: 'desc' },
      ...(options.limit ? { take: options.limit } : {}),
    });
    // Rows written in the same millisecond: later versions first, a refused save after the
    // version it lost to.
    const rank = (v: WorkflowVersionRecord) => v.version ?? (v.baseVersion ?? 0) + 0.5;
    return rows
      .map(toWorkflowVersionRecord)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || rank(b) - rank(a));
  }

  /** The state that became `version`. */
  async getVersion(id: WorkflowId, version: number): Promise<WorkflowVersionRecord | null> {
    const row = await this.db.workflowVersion.findUnique({
      where: { workflowId_version: { workflowId: id, version } },
    });
    return row ? toWorkflowVersionRecord(row) : null;
  }

  /** Any version row, including a refused save (see WorkflowConflictError.conflictVersionId). */
  async getVersionById(versionId: WorkflowVersionId): Promise<WorkflowVersionRecord | null> {
    const row = await this.db.workflowVersion.findUnique({ where: { id: versionId } });
    return row ? toWorkflowVersionRecord(row) : null;
  }

  /** Renames without touching the document or its version counter. */
  async rename(id: WorkflowId, name: string): Promise<WorkflowRecord> {
    const checked = checkName(name);
    const { count } = await withWriteRetry(() =>
      this.db.workflow.updateMany({ where: { id, deletedAt: null }, data: { name: checked } }),
    );
    if (count === 0) throw new NotFoundError('Workflow', id);
    return this.require(id);
  }

  /**
   * Soft delete: the workflow leaves lists, gets and share links, but it and its versions and
   * runs stay in the database and `restore` brings it back.
   */
  async delete(id: WorkflowId): Promise<void> {
    const { count } = await withWriteRetry(() =>
      this.db.workflow.updateMany({
        where: { id, deletedAt: null },
        data: { deletedAt: new Date() },
      }),
    );
    if (count === 0) throw new NotFoundError('Workflow', id);
  }

  async restore(id: WorkflowId): Promise<WorkflowRecord> {
    const { count } = await withWriteRetry(() =>
      this.db.workflow.updateMany({
        where: { id, deletedAt: { not: null } },
        data: { deletedAt: null },
      }),
    );
    if (count === 0) throw new NotFoundError('Workflow', id);
    return this.require(id);
  }

  private async require(id: WorkflowId): Promise<WorkflowRecord> {
    const found = await this.get(id);
    if (!found) throw new NotFoundError('Workflow', id);
    return found;
  }
}
