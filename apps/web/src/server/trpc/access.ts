// Authorization for procedures: whose rows a list shows, who owns what is created, and the
// checks that answer NOT_FOUND (never "forbidden", so ids do not leak) for someone else's data.
import { TRPCError } from '@trpc/server';
import type { RunId, UserId, WorkflowId, WorkflowRecord } from '@tessera/db';
import type { Actor } from '../auth/actor.ts';
import { canEditWorkflow } from '../auth/policy.ts';
import { mayViewRun } from '../auth/run-access.ts';
import type { TrpcContext } from './context.ts';

/** A signed-in (or local) actor: what `memberProcedure` guarantees. */
export type Member = Exclude<Actor, { kind: 'anonymous' }>;

/** The owner filter of a list: none for the local user (everything is theirs), else the user. */
export const ownerScope = (actor: Member): { ownerId?: UserId } =>
  actor.kind === 'local' ? {} : { ownerId: actor.userId };

const noWorkflow = (id: string) =>
  new TRPCError({ code: 'NOT_FOUND', message: `There is no workflow with id ${id}.` });
const noRun = (id: string) =>
  new TRPCError({ code: 'NOT_FOUND', message: `There is no run with id ${id}.` });

/** Throws NOT_FOUND unless the actor may edit the workflow (trashed ones included). */
export async function requireOwnWorkflow(ctx: TrpcContext, actor: Member, id: WorkflowId) {
  if (actor.kind === 'local') return;
  const row = await ctx.database.prisma.workflow.findUnique({
    where: { id },
    select: { ownerId: true, visibility: true, deletedAt: true },
  });
  if (!row || !canEditWorkflow(actor, row)) throw noWorkflow(id);
}

/** Throws NOT_FOUND unless the actor owns the run (cancel, re-run). */
export async function requireOwnRun(ctx: TrpcContext, actor: Member, id: RunId) {
  if (actor.kind === 'local') return;
  const row = await ctx.database.prisma.run.findUnique({
    where: { id },
    select: { ownerId: true },
  });
  if (row?.ownerId !== actor.userId) throw noRun(id);
}

/** Throws NOT_FOUND unless the actor may see the run (its owner, or its workflow is shared). */
export async function requireVisibleRun(ctx: TrpcContext, actor: Actor, id: RunId) {
  if (!(await mayViewRun(ctx.database, actor, id))) throw noRun(id);
}

/** The live (not trashed) workflow the actor owns, or NOT_FOUND. */
export async function requireOwnLiveWorkflow(
  ctx: TrpcContext,
  actor: Member,
  id: WorkflowId,
): Promise<WorkflowRecord> {
  await requireOwnWorkflow(ctx, actor, id);
  const workflow = await ctx.database.workflows.get(id);
  if (!workflow) throw noWorkflow(id);
  return workflow;
}
