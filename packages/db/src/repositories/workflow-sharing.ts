// Sharing workflows: visibility with an unguessable share link, the read-only shared view, forks
// with their provenance both ways, and the public gallery. Who may change a workflow's sharing
// is the caller's to check (see the sharing router): nothing here knows about accounts yet.
import { randomBytes } from 'node:crypto';
import type { DbClient } from '../client/db-client.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { asId, type UserId, type WorkflowId } from '../ids.ts';
import { withWriteRetry } from './retry.ts';
import { WorkflowRepository } from './workflow-repository.ts';
import {
  toWorkflowRecord,
  workflowVisibilities,
  type WorkflowRecord,
  type WorkflowVisibility,
} from './workflow-records.ts';

/** Bytes of randomness in a share slug: 16 bytes = 128 bits = 22 base64url characters. */
export const SHARE_SLUG_BYTES = 16;

/** A new share slug: 128 random bits, base64url (URL-safe, no padding). */
export function newShareSlug(): string {
  return randomBytes(SHARE_SLUG_BYTES).toString('base64url');
}

/** Another workflow as provenance shows it. */
export interface WorkflowLink {
  readonly id: WorkflowId;
  readonly name: string;
  readonly visibility: WorkflowVisibility;
  /** Set once the workflow was ever shared; it opens only while `visibility` is not private. */
  readonly shareSlug: string | null;
  /** A deleted workflow still names where a fork came from. */
  readonly deleted: boolean;
  readonly updatedAt: Date;
  /** Who owns it: a caller shows another owner's link only while it is shared. */
  readonly ownerId: UserId | null;
}

/** A public workflow in the gallery. */
export interface GalleryWorkflow {
  readonly id: WorkflowId;
  readonly name: string;
  readonly description: string;
  readonly shareSlug: string;
  readonly forkedFromId: WorkflowId | null;
  readonly updatedAt: Date;
}

export interface ForkOptions {
  /** Defaults to the original's name. */
  readonly name?: string;
  readonly ownerId?: UserId | null;
}

const linkSelect = {
  id: true,
  name: true,
  visibility: true,
  shareSlug: true,
  deletedAt: true,
  updatedAt: true,
  ownerId: true,
} as const;

function toLink(row: {
  id: string;
  name: string;
  visibility: string;
  shareSlug: string | null;
  deletedAt: Date | null;
  updatedAt: Date;
  ownerId: string | null;
}): WorkflowLink {
  const visibility = workflowVisibilities.find((v) => v === row.visibility) ?? 'private';
  return {
    id: asId<WorkflowId>(row.id),
    name: row.name,
    visibility,
    shareSlug: row.shareSlug,
    deleted: row.deletedAt !== null,
    updatedAt: row.updatedAt,
    ownerId: row.ownerId === null ? null : asId<UserId>(row.ownerId),
  };
}

export class WorkflowSharing {
  private readonly workflows: WorkflowRepository;

  constructor(private readonly db: DbClient) {
    this.workflows = new WorkflowRepository(db);
  }

  /**
   * Sets who can open the workflow by its link. The first time it is shared (unlisted or public)
   * it gets its slug; the slug is kept from then on, so sharing again revives the same link,
   * while a private workflow's link answers as if it did not exist.
   */
  async setVisibility(id: WorkflowId, visibility: WorkflowVisibility): Promise<WorkflowRecord> {
    const current = await this.workflows.get(id);
    if (!current) throw new NotFoundError('Workflow', id);
    if (visibility !== 'private' && current.shareSlug === null) {
      // Only where there is none yet: two concurrent first shares keep the first slug.
      await withWriteRetry(() =>
        this.db.workflow.updateMany({
          where: { id, shareSlug: null },
          data: { shareSlug: newShareSlug() },
        }),
      );
    }
    const { count } = await withWriteRetry(() =>
      this.db.workflow.updateMany({ where: { id, deletedAt: null }, data: { visibility } }),
    );
    if (count === 0) throw new NotFoundError('Workflow', id);
    const updated = await this.workflows.get(id);
    if (!updated) throw new NotFoundError('Workflow', id);
    return updated;
  }

  /** The workflow behind a share link; null for an unknown slug, a private or a deleted one. */
  async getShared(slug: string): Promise<WorkflowRecord | null> {
    if (slug === '') return null;
    const row = await this.db.workflow.findFirst({
      where: { shareSlug: slug, deletedAt: null, visibility: { not: 'private' } },
    });
    return row ? toWorkflowRecord(row) : null;
  }

  /** Copies the workflow's current document into a new private workflow that names its origin. */
  async fork(id: WorkflowId, options: ForkOptions = {}): Promise<WorkflowRecord> {
    const original = await this.workflows.get(id);
    if (!original) throw new NotFoundError('Workflow', id);
    return this.workflows.create({
      kind: original.kind,
      name: options.name ?? original.name,
      description: original.description,
      document: original.document,
      forkedFromId: original.id,
      ownerId: options.ownerId ?? null,
    });
  }

  /** Where the workflow was forked from (deleted or not); null when it is no fork. */
  async origin(id: WorkflowId): Promise<WorkflowLink | null> {
    const row = await this.db.workflow.findUnique({
      where: { id },
      select: { forkedFrom: { select: linkSelect } },
    });
    return row?.forkedFrom ? toLink(row.forkedFrom) : null;
  }

  /** The live forks of a workflow, newest first. */
  async listForks(id: WorkflowId, options: { limit?: number } = {}): Promise<WorkflowLink[]> {
    const rows = await this.db.workflow.findMany({
      where: { forkedFromId: id, deletedAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...(options.limit ? { take: options.limit } : {}),
      select: linkSelect,
    });
    return rows.map(toLink);
  }

  async countForks(id: WorkflowId): Promise<number> {
    return this.db.workflow.count({ where: { forkedFromId: id, deletedAt: null } });
  }

  /** Public workflows, most recently updated first. */
  async listPublic(options: { limit?: number } = {}): Promise<GalleryWorkflow[]> {
    const rows = await this.db.workflow.findMany({
      where: { visibility: 'public', deletedAt: null, shareSlug: { not: null } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...(options.limit ? { take: options.limit } : {}),
      select: {
        id: true,
        name: true,
        description: true,
        shareSlug: true,
        forkedFromId: true,
        updatedAt: true,
      },
    });
    return rows.flatMap((row) =>
      row.shareSlug === null
        ? []
        : [
            {
              id: asId<WorkflowId>(row.id),
              name: row.name,
              description: row.description,
              shareSlug: row.shareSlug,
              forkedFromId: row.forkedFromId === null ? null : asId<WorkflowId>(row.forkedFromId),
              updatedAt: row.updatedAt,
            },
          ],
    );
  }
}
