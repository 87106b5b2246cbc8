// A workflow's versions: list them, open one, restore one as the new head (a normal save, so
// history is never rewritten). Comparing two is done in the browser (diffDocuments).
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { restoreVersion } from '@tessera/db';
import { requireOwnLiveWorkflow, requireOwnWorkflow } from './access.ts';
import { withStorageErrors } from './errors.ts';
import { memberProcedure, router } from './init.ts';
import { zWorkflowId as zWorkflowIdInput } from './inputs.ts';
const zVersion = z.number().int().min(1);

export const versionsRouter = router({
  /** Every saved state, newest first, without documents (refused saves included, unnumbered). */
  list: memberProcedure.input(z.object({ id: zWorkflowIdInput })).query(async ({ ctx, input }) => {
    const workflow = await requireOwnLiveWorkflow(ctx, ctx.actor, input.id);
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
  get: memberProcedure
    .input(z.object({ id: zWorkflowIdInput, version: zVersion }))
    .query(async ({ ctx, input }) => {
      await requireOwnWorkflow(ctx, ctx.actor, input.id);
      const found = await ctx.database.workflows.getVersion(input.id, input.version);
      if (!found)
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `Workflow ${input.id} has no version ${input.version}.`,
        });
      return found;
    }),

  /** Saves version `version`'s document as a new version over `expectedVersion` (CONFLICT if stale). */
  restore: memberProcedure
    .input(z.object({ id: zWorkflowIdInput, version: zVersion, expectedVersion: zVersion }))
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        await requireOwnWorkflow(ctx, ctx.actor, input.id);
        return restoreVersion(ctx.database.workflows, { ...input, authorId: ctx.actor.userId });
      }),
    ),
});
