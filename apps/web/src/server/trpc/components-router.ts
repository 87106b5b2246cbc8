// The component library: components are workflows of kind 'component' (one definition and an
// instance of it), so they are versioned, shared, forked and trashed by the workflow procedures;
// here they are published from a document, found, and read as definitions to take or update.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  type LibraryComponent,
  LibraryComponentError,
  componentLibraryDocument,
  readDocument,
  readLibraryComponent,
} from '@tessera/graph';
import type { JsonObject, WorkflowId, WorkflowRecord } from '@tessera/db';
import { type Member, ownerScope, requireOwnLiveWorkflow } from './access.ts';
import { DocumentProblemsError, withStorageErrors } from './errors.ts';
import type { TrpcContext } from './context.ts';
import { memberProcedure, router } from './init.ts';
import { zWorkflowId } from './inputs.ts';

/** A library component at its latest version. */
export interface LibraryComponentEntry {
  readonly id: WorkflowId;
  readonly version: number;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly updatedAt: Date;
  readonly component: LibraryComponent;
}

const notAComponent = (id: string) =>
  new TRPCError({ code: 'NOT_FOUND', message: `There is no component with id ${id}.` });

function toEntry(record: WorkflowRecord): LibraryComponentEntry | undefined {
  const read = readDocument(record.document);
  const component = read.ok ? readLibraryComponent(read.document) : undefined;
  if (record.kind !== 'component' || component === undefined) return undefined;
  return {
    id: record.id,
    version: record.version,
    name: record.name,
    description: record.description,
    category: component.definition.category ?? 'Components',
    updatedAt: record.updatedAt,
    component,
  };
}

async function requireComponent(
  ctx: TrpcContext,
  actor: Member,
  id: WorkflowId,
): Promise<LibraryComponentEntry> {
  const entry = toEntry(await requireOwnLiveWorkflow(ctx, actor, id));
  if (!entry) throw notAComponent(id);
  return entry;
}

/** The library entry the definition was published to, when the actor may publish over it. */
async function ownPublished(
  ctx: TrpcContext,
  actor: Member,
  id: string | undefined,
): Promise<LibraryComponentEntry | undefined> {
  if (id === undefined) return undefined;
  try {
    return await requireComponent(ctx, actor, id as WorkflowId);
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

const asJson = (value: unknown): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

export const componentsRouter = router({
  /** The caller's components, latest versions: `search` words in name, description or category. */
  list: memberProcedure
    .input(z.object({ search: z.string().max(200).optional() }).optional())
    .query(({ ctx, input }) =>
      withStorageErrors(async () => {
        const found = await ctx.database.workflows.library({
          ...input,
          kind: 'component',
          ...ownerScope(ctx.actor),
        });
        const records = await Promise.all(found.map((e) => ctx.database.workflows.get(e.id)));
        return records.flatMap((record) => (record && toEntry(record)) || []);
      }),
    ),

  /** One component at its latest version. */
  get: memberProcedure
    .input(z.object({ id: zWorkflowId }))
    .query(({ ctx, input }) => requireComponent(ctx, ctx.actor, input.id)),

  /**
   * Publishes definition `componentId` of `document`: a new version of the library component it
   * was taken from (if the caller owns it; refused with CONFLICT when the library moved past the
   * version it was taken at), else a new library component. Returns where it now lives.
   */
  publish: memberProcedure
    .input(z.object({ document: z.unknown(), componentId: z.string().min(1).max(100) }))
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        const read = readDocument(input.document);
        if (!read.ok) throw new DocumentProblemsError(read.problems);
        const definition = read.document.components?.[input.componentId];
        if (!definition)
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: `The workflow has no component "${input.componentId}".`,
          });
        let stored;
        try {
          stored = asJson(componentLibraryDocument(read.document, input.componentId));
        } catch (error) {
          if (!(error instanceof LibraryComponentError)) throw error;
          throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
        }
        const meta = {
          name: definition.name,
          description: definition.description ?? '',
        };
        const published = await ownPublished(ctx, ctx.actor, definition.source?.componentId);
        const record = published
          ? await ctx.database.workflows.save({
              id: published.id,
              expectedVersion: definition.source?.version ?? published.version,
              document: stored,
              ...meta,
              authorId: ctx.actor.userId,
            })
          : await ctx.database.workflows.create({
              kind: 'component',
              ...meta,
              tags: definition.category ? [definition.category] : [],
              document: stored,
              ownerId: ctx.actor.userId,
            });
        return { id: record.id, version: record.version };
      }),
    ),
});
