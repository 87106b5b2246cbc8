// The library: find, duplicate, describe and tag saved workflows; the trash. Spread into the
// workflows router. Each caller sees and changes only their own workflows (everything, without
// accounts).
import { z } from 'zod';
import { MAX_TAG_LENGTH, MAX_TAGS, workflowKinds, workflowSorts } from '@tessera/db';
import { ownerScope, requireOwnWorkflow } from './access.ts';
import { withStorageErrors } from './errors.ts';
import { memberProcedure } from './init.ts';
import { zWorkflowId } from './inputs.ts';

const MAX_LIBRARY_LIMIT = 1000;
const zTags = z.array(z.string().max(MAX_TAG_LENGTH * 2)).max(MAX_TAGS * 2);

export const libraryProcedures = {
  /**
   * Live workflows: `search` words must all appear in the name, description or tags (any case),
   * `tags` must all be present; sorted by `sort` (updated, newest first, by default). Each comes
   * with its tags, last run and thumbnail (the image its latest succeeded run saved). `kind`:
   * workflows (default) or components.
   */
  list: memberProcedure
    .input(
      z
        .object({
          search: z.string().max(200).optional(),
          sort: z.enum(workflowSorts).optional(),
          tags: zTags.optional(),
          kind: z.enum(workflowKinds).optional(),
          limit: z.number().int().min(1).max(MAX_LIBRARY_LIMIT).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) =>
      withStorageErrors(() =>
        ctx.database.workflows.library({ ...input, ...ownerScope(ctx.actor) }),
      ),
    ),

  /** Deleted workflows, most recently deleted first. */
  trash: memberProcedure.query(({ ctx }) => ctx.database.workflows.trash(ownerScope(ctx.actor))),

  /** A new workflow “Copy of <name>” with the same document, description and tags. */
  duplicate: memberProcedure.input(z.object({ id: zWorkflowId })).mutation(({ ctx, input }) =>
    withStorageErrors(async () => {
      await requireOwnWorkflow(ctx, ctx.actor, input.id);
      return ctx.database.workflows.duplicate(input.id, { ownerId: ctx.actor.userId });
    }),
  ),

  /** Changes the description and/or tags; not a new version of the document (like rename). */
  updateMeta: memberProcedure
    .input(
      z.object({
        id: zWorkflowId,
        description: z.string().max(5000).optional(),
        tags: zTags.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        await requireOwnWorkflow(ctx, ctx.actor, input.id);
        return ctx.database.workflows.updateMeta(input.id, {
          ...(input.description === undefined ? {} : { description: input.description }),
          ...(input.tags === undefined ? {} : { tags: input.tags }),
        });
      }),
    ),

  /** Moves the workflow to the trash (its versions and runs stay); `restore` undoes it. */
  delete: memberProcedure.input(z.object({ id: zWorkflowId })).mutation(({ ctx, input }) =>
    withStorageErrors(async () => {
      await requireOwnWorkflow(ctx, ctx.actor, input.id);
      await ctx.database.workflows.delete(input.id);
      return { id: input.id };
    }),
  ),

  /** Brings a workflow back from the trash. */
  restore: memberProcedure.input(z.object({ id: zWorkflowId })).mutation(({ ctx, input }) =>
    withStorageErrors(async () => {
      await requireOwnWorkflow(ctx, ctx.actor, input.id);
      return ctx.database.workflows.restore(input.id);
    }),
  ),
};
