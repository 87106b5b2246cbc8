// Saved workflows: list, open, create, save with optimistic concurrency, rename, history.
import { z } from 'zod';
import { readDocument, type WorkflowDocument } from '@tessera/graph';
import type { JsonObject } from '@tessera/db';
import { requireOwnLiveWorkflow, requireOwnWorkflow } from './access.ts';
import { DocumentProblemsError, withStorageErrors } from './errors.ts';
import { memberProcedure, router } from './init.ts';
import { zWorkflowId as zWorkflowIdInput } from './inputs.ts';
import { libraryProcedures } from './library-procedures.ts';
const zName = z.string().trim().min(1, 'A workflow needs a name.').max(200);

/** Reads (and migrates) a submitted document; refuses it with every problem if malformed. */
function acceptDocument(input: unknown): JsonObject {
  const read = readDocument(input);
  if (!read.ok) throw new DocumentProblemsError(read.problems);
  return toJsonObject(read.document);
}

function toJsonObject(document: WorkflowDocument): JsonObject {
  return JSON.parse(JSON.stringify(document)) as JsonObject;
}

export const workflowsRouter = router({
  // list, trash, duplicate, updateMeta, delete, restore
  ...libraryProcedures,

  /**
   * A workflow, its document read (migrated to this build's version and shape-checked): the
   * editor opens it as it comes, without checking it again.
   */
  get: memberProcedure.input(z.object({ id: zWorkflowIdInput })).query(async ({ ctx, input }) => {
    const record = await requireOwnLiveWorkflow(ctx, ctx.actor, input.id);
    return { ...record, document: acceptDocument(record.document) };
  }),

  create: memberProcedure
    .input(
      z.object({
        name: zName,
        description: z.string().max(5000).optional(),
        document: z.unknown(),
      }),
    )
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        const document = acceptDocument(input.document);
        return ctx.database.workflows.create({
          ownerId: ctx.actor.userId,
          name: input.name,
          description: input.description ?? '',
          document,
        });
      }),
    ),

  /** Saves over `expectedVersion`; a stale version is refused with CONFLICT, never overwritten. */
  save: memberProcedure
    .input(
      z.object({
        id: zWorkflowIdInput,
        expectedVersion: z.number().int().min(1),
        document: z.unknown(),
        name: zName.optional(),
        description: z.string().max(5000).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        await requireOwnWorkflow(ctx, ctx.actor, input.id);
        const document = acceptDocument(input.document);
        return ctx.database.workflows.save({ ...input, document, authorId: ctx.actor.userId });
      }),
    ),

  rename: memberProcedure
    .input(z.object({ id: zWorkflowIdInput, name: zName }))
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        await requireOwnWorkflow(ctx, ctx.actor, input.id);
        return ctx.database.workflows.rename(input.id, input.name);
      }),
    ),

  versions: memberProcedure.input(z.object({ id: zWorkflowIdInput })).query(({ ctx, input }) =>
    withStorageErrors(async () => {
      await requireOwnWorkflow(ctx, ctx.actor, input.id);
      return ctx.database.workflows.listVersions(input.id);
    }),
  ),
});
