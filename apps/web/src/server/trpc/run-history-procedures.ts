// The history of runs (the gallery) and re-running one: spread into the runs router.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { validate } from '@tessera/graph';
import type { RunRecord } from '@tessera/db';
import { changedModels } from '@tessera/hub';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { RUN_STATUSES, zRunStatus } from '@tessera/protocol';
import { ownerScope, requireOwnRun } from './access.ts';
import type { TrpcContext } from './context.ts';
import { DocumentProblemsError, withStorageErrors } from './errors.ts';
import { memberProcedure } from './init.ts';
import { zRunId, zWorkflowId } from './inputs.ts';

const catalogue = createNodeCatalogue();
const DEFAULT_HISTORY_LIMIT = 60;
const MAX_HISTORY_LIMIT = 500;

/**
 * The ids of the models the run was queued with that a connected runner now holds with another
 * package (empty: same models, or none recorded).
 */
export function modelsChangedSince(ctx: TrpcContext, run: Pick<RunRecord, 'models'>): string[] {
  return changedModels(run.models, ctx.runners.list());
}

export const runHistoryProcedures = {
  /**
   * Runs newest first with what a gallery shows: workflow name, duration, the snapshot document
   * (its params), outputs, saved image, plan and plan preview, and `modelsChanged`.
   */
  history: memberProcedure
    .input(
      z
        .object({
          workflowId: zWorkflowId.optional(),
          status: z.array(zRunStatus).max(RUN_STATUSES.length).optional(),
          limit: z.number().int().min(1).max(MAX_HISTORY_LIMIT).optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      const runs = await ctx.database.runs.history({
        ...ownerScope(ctx.actor),
        ...(input?.workflowId !== undefined ? { workflowId: input.workflowId } : {}),
        ...(input?.status?.length ? { status: input.status } : {}),
        limit: input?.limit ?? DEFAULT_HISTORY_LIMIT,
      });
      return runs.map((run) => ({ ...run, modelsChanged: modelsChangedSince(ctx, run) }));
    }),

  /**
   * Queues the run's snapshot document again, exactly as it was (same workflow and version),
   * whatever the workflow has become since; answers the new run's id.
   */
  rerun: memberProcedure.input(z.object({ id: zRunId })).mutation(({ ctx, input }) =>
    withStorageErrors(async () => {
      await requireOwnRun(ctx, ctx.actor, input.id);
      const run = await ctx.database.runs.get(input.id);
      if (!run)
        throw new TRPCError({ code: 'NOT_FOUND', message: `There is no run with id ${input.id}.` });
      // The catalogue may have changed since: refuse a snapshot it no longer accepts.
      const checked = validate(run.document, catalogue);
      if (!checked.ok) throw new DocumentProblemsError(checked.problems);
      const again = await ctx.hub.enqueue({
        document: run.document,
        workflowId: run.workflowId,
        workflowVersion: run.workflowVersion,
        ownerId: ctx.actor.userId,
      });
      return { id: again.id, rerunOf: run.id };
    }),
  ),
};
