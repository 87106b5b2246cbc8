// Runs: queue a workflow document on the hub, list and open runs, cancel one.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { expandSweep, validate } from '@tessera/graph';
import type { JsonObject, RunId, RunRecord } from '@tessera/db';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { zRunStatus } from '@tessera/protocol';
import { inputFolderOf } from '../comfy/input-folder.ts';
import { pinInputImages } from '../comfy/pin-input-images.ts';
import { ownerScope, requireOwnRun, requireOwnWorkflow, requireVisibleRun } from './access.ts';
import type { TrpcContext } from './context.ts';
import { DocumentProblemsError, withStorageErrors } from './errors.ts';
import { memberProcedure, publicProcedure, router } from './init.ts';
import { zRunId, zWorkflowId } from './inputs.ts';
import { modelsChangedSince, runHistoryProcedures } from './run-history-procedures.ts';

const catalogue = createNodeCatalogue();
const DEFAULT_LIST_LIMIT = 50;
const MAX_LIST_LIMIT = 500;

/**
 * Validates a document against the core node catalogue, refusing it with every problem; answers
 * the documents to queue: itself, or one per value when it has a sweep.
 */
function acceptRunnable(input: unknown): JsonObject[] {
  const checked = validate(input, catalogue);
  if (!checked.ok) throw new DocumentProblemsError(checked.problems);
  return expandSweep(checked.document).map(
    (document) => JSON.parse(JSON.stringify(document)) as JsonObject,
  );
}

async function requireRun(ctx: TrpcContext, id: RunId): Promise<RunRecord> {
  const run = await ctx.database.runs.get(id);
  if (!run) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no run with id ${id}.` });
  return run;
}

export const runsRouter = router({
  /**
   * Validates and queues a run; answers its id. A document with a sweep queues one run per value
   * (in order): `ids` lists them all, `id` is the first. Load image nodes are pinned to the
   * sha256 of the upload they name (pinInputImages).
   */
  enqueue: memberProcedure
    .input(z.object({ workflowId: zWorkflowId.optional(), document: z.unknown() }))
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        const documents = acceptRunnable(input.document);
        let workflowVersion: number | null = null;
        if (input.workflowId !== undefined) {
          await requireOwnWorkflow(ctx, ctx.actor, input.workflowId);
          const workflow = await ctx.database.workflows.get(input.workflowId);
          if (!workflow)
            throw new TRPCError({
              code: 'NOT_FOUND',
              message: `There is no workflow with id ${input.workflowId}.`,
            });
          workflowVersion = workflow.version;
        }
        // Each Load image node gets the sha256 of its upload, as for runs queued by the API.
        const inputFolder = inputFolderOf(ctx.dataDir, ctx.auth.accounts, ctx.actor.userId);
        const ids: RunId[] = [];
        for (const document of documents) {
          const run = await ctx.hub.enqueue({
            document: (await pinInputImages(document, inputFolder)) as JsonObject,
            workflowId: input.workflowId ?? null,
            workflowVersion,
            ownerId: ctx.actor.userId,
          });
          ids.push(run.id);
        }
        return { id: ids[0]!, ids };
      }),
    ),

  /** Newest first, at most `limit` (default 50). */
  list: memberProcedure
    .input(
      z
        .object({
          workflowId: zWorkflowId.optional(),
          status: zRunStatus.optional(),
          limit: z.number().int().min(1).max(MAX_LIST_LIMIT).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) =>
      ctx.database.runs.list({
        ...ownerScope(ctx.actor),
        ...(input?.workflowId !== undefined ? { workflowId: input.workflowId } : {}),
        ...(input?.status !== undefined ? { status: input.status } : {}),
        limit: input?.limit ?? DEFAULT_LIST_LIMIT,
      }),
    ),

  /**
   * The run with the status of each node reported so far, and its stored outputs (a cached
   * node's are those of the run that executed it), to redraw a run after a reload.
   */
  get: publicProcedure.input(z.object({ id: zRunId })).query(async ({ ctx, input }) => {
    await requireVisibleRun(ctx, ctx.actor, input.id);
    const run = await requireRun(ctx, input.id);
    const nodes = await ctx.database.runs.listNodes(run.id);
    const artifacts = await ctx.database.runs.outputs(run.id);
    return { ...run, nodes, artifacts, modelsChanged: modelsChangedSince(ctx, run) };
  }),

  /** Cancels a queued or running run; `cancelled` is false when it had already ended. */
  cancel: memberProcedure.input(z.object({ id: zRunId })).mutation(async ({ ctx, input }) => {
    await requireOwnRun(ctx, ctx.actor, input.id);
    await requireRun(ctx, input.id);
    const cancelled = await ctx.hub.cancel(input.id);
    const run = await requireRun(ctx, input.id);
    return { cancelled, status: run.status };
  }),

  ...runHistoryProcedures,
});
