// The library: saved workflows found by words and tags, sorted, each with its last run and a
// thumbnail (the image its latest succeeded run saved); and the trash.
import { RUN_STATUSES } from '@tessera/protocol';
import type { RunStatus } from '@tessera/protocol';
import type { DbClient } from '../client/db-client.ts';
import { asId, type ArtifactId, type RunId, type UserId } from '../ids.ts';
import { enumValue } from './enum-value.ts';
import { toRunRecord } from './run-records.ts';
import { listRunOutputs, savedImageOf } from './run-outputs.ts';
import {
  toWorkflowSummary,
  workflowSummarySelect,
  type WorkflowKind,
  type WorkflowSummary,
} from './workflow-records.ts';
import { normalizeTags } from './workflow-tags.ts';

export const workflowSorts = ['updated', 'name', 'created', 'lastRun'] as const;
export type WorkflowSort = (typeof workflowSorts)[number];

export interface LibraryQuery {
  /** Words that must all appear in the name, the description or a tag (any case). */
  readonly search?: string;
  /** updated (default), created and lastRun: newest first; name: A to Z. */
  readonly sort?: WorkflowSort;
  /** Tags a workflow must all have. */
  readonly tags?: readonly string[];
  /** Only this owner's workflows (for accounts; none filters nothing). */
  readonly ownerId?: UserId;
  /** Workflows (the default) or components. */
  readonly kind?: WorkflowKind;
  readonly limit?: number;
  /** List the trash (deleted workflows, most recently deleted first) instead. */
  readonly deleted?: boolean;
}

export interface WorkflowLastRun {
  readonly id: RunId;
  readonly status: RunStatus;
  readonly queuedAt: Date;
  readonly finishedAt: Date | null;
}

export interface LibraryEntry extends WorkflowSummary {
  readonly lastRun: WorkflowLastRun | null;
  /** The image the latest succeeded run saved (GET /api/artifacts/<id>). */
  readonly thumbnailId: ArtifactId | null;
  readonly deletedAt: Date | null;
}

const lastRunSelect = { id: true, status: true, queuedAt: true, finishedAt: true } as const;

function matches(entry: LibraryEntry, words: readonly string[], tags: readonly string[]): boolean {
  if (!tags.every((tag) => entry.tags.includes(tag))) return false;
  const haystack = [entry.name, entry.description, ...entry.tags].join('\n').toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

const time = (date: Date | null | undefined): number => date?.getTime() ?? -Infinity;

function compare(sort: WorkflowSort): (a: LibraryEntry, b: LibraryEntry) => number {
  switch (sort) {
    case 'name':
      return (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
    case 'created':
      return (a, b) => b.createdAt.getTime() - a.createdAt.getTime();
    case 'lastRun':
      return (a, b) => time(b.lastRun?.queuedAt) - time(a.lastRun?.queuedAt);
    case 'updated':
      return (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime();
  }
}

/** The image saved by the workflow's latest succeeded run, if any. */
async function thumbnailOf(db: DbClient, workflowId: string): Promise<ArtifactId | null> {
  const row = await db.run.findFirst({
    where: { workflowId, status: 'succeeded' },
    orderBy: [{ finishedAt: 'desc' }, { queuedAt: 'desc' }],
  });
  if (!row) return null;
  const run = toRunRecord(row);
  return (
    savedImageOf(run.document, await listRunOutputs(db, run.id, run.document))?.artifactId ?? null
  );
}

export async function listLibrary(db: DbClient, query: LibraryQuery = {}): Promise<LibraryEntry[]> {
  const rows = await db.workflow.findMany({
    where: {
      deletedAt: query.deleted ? { not: null } : null,
      kind: query.kind ?? 'workflow',
      ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    select: {
      ...workflowSummarySelect,
      deletedAt: true,
      runs: { orderBy: [{ queuedAt: 'desc' }, { id: 'asc' }], take: 1, select: lastRunSelect },
    },
  });
  const words = (query.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tags = normalizeTags(query.tags ?? []);
  const entries = rows
    .map(({ runs, deletedAt, ...row }): LibraryEntry => {
      const last = runs[0];
      return {
        ...toWorkflowSummary(row),
        deletedAt,
        lastRun: last
          ? {
              id: asId<RunId>(last.id),
              status: enumValue(RUN_STATUSES, last.status, 'run status'),
              queuedAt: last.queuedAt,
              finishedAt: last.finishedAt,
            }
          : null,
        thumbnailId: null,
      };
    })
    .filter((entry) => matches(entry, words, tags));
  entries.sort(
    query.deleted
      ? (a, b) => time(b.deletedAt) - time(a.deletedAt)
      : (a, b) => compare(query.sort ?? 'updated')(a, b) || a.id.localeCompare(b.id),
  );
  const page = query.limit ? entries.slice(0, query.limit) : entries;
  return Promise.all(
    page.map(async (entry) => ({ ...entry, thumbnailId: await thumbnailOf(db, entry.id) })),
  );
}
