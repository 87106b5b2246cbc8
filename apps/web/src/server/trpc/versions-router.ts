// A workflow's versions: list them, open one, restore one as the new head (a normal save, so
// history is never rewritten). Comparing two is done in the browser (diffDocuments).
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { asId, restoreVersion, type WorkflowId } from '@tessera/db';
import { withStorageErrors } from './errors.ts';
import { publicProcedure, router } from './init.ts';

const zWorkflowIdInput = z
  .string()
  .min(1)
  .transform((id) => asId<WorkflowId>(id));
const zVersion = z.number().int().min(1);

export const versionsRouter = router({
  /** Every saved state, newest first, without documents (refused saves included, unnumbered). */
  list: publicProcedure.input(z.object({ id: zWorkflowIdInput })).query(async ({ ctx, input }) => {
    const workflow = await ctx.database.workflows.get(input.id);
    if (!workflow)
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: `There is no workflow with id ${input.id}.`,
      });
    const versions = await ctx.database.workflows.listVersions(input.id);
    return {
      head: workflow.version,
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        baseVersion: v.baseVersion,
        kind: v.kind,
        name: v.name,
        createdAt: v.createdAt,
      })),
    };
  }),

  /** One numbered version with its document. */
  get: publicProcedure
    .input(z.object({ id: zWorkflowIdInput, version: zVersion }))
    .query(async ({ ctx, input }) => {
      const found = await ctx.database.workflows.getVersion(input.id, input.version);
      if (!found)
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `Workflow ${input.id} has no version ${input.version}.`,
        });
      return found;
    }),

  /** Saves version `version`'s document as a new version over `expectedVersion` (CONFLICT if stale). */
  restore: publicProcedure
    .input(z.object({ id: zWorkflowIdInput, version: zVersion, expectedVersion: zVersion }))
    .mutation(({ ctx, input }) =>
      withStorageErrors(() => restoreVersion(ctx.database.workflows, input)),
    ),
});
