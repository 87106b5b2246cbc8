// Sharing: a workflow's visibility and share link, the read-only view behind a link, forks with
// their provenance, and the public gallery. A private workflow's link answers NOT_FOUND exactly
// like an unknown one, so a link never tells whether something is there.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  WorkflowSharing,
  workflowVisibilities,
  type WorkflowId,
  type WorkflowLink,
  type WorkflowRecord,
} from '@tessera/db';
import type { Actor } from '../auth/actor.ts';
import { canViewWorkflow } from '../auth/policy.ts';
import { coverImage, latestOutputs } from '../sharing/latest-outputs.ts';
import { type Member, requireOwnLiveWorkflow } from './access.ts';
import type { TrpcContext } from './context.ts';
import { withStorageErrors } from './errors.ts';
import { memberProcedure, publicProcedure, router } from './init.ts';
import { zWorkflowId as zWorkflowIdInput } from './inputs.ts';

const GALLERY_LIMIT = 60;
const FORKS_SHOWN = 50;

const zSlug = z.string().min(1).max(200);

const sharingOf = (ctx: TrpcContext): WorkflowSharing => new WorkflowSharing(ctx.database.prisma);

/** The workflow whose sharing the caller manages: their own (NOT_FOUND otherwise). */
const requireManaged = (ctx: TrpcContext, actor: Member, id: WorkflowId) =>
  requireOwnLiveWorkflow(ctx, actor, id);

async function requireShared(ctx: TrpcContext, slug: string): Promise<WorkflowRecord> {
  const workflow = await sharingOf(ctx).getShared(slug);
  if (!workflow)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This link does not open a workflow: it is private, deleted, or never existed.',
    });
  return workflow;
}

/** The origin as a stranger may see it: its link only while it is shared itself. */
function publicOrigin(origin: WorkflowLink | null) {
  if (origin === null) return null;
  const shared = !origin.deleted && origin.visibility !== 'private' && origin.shareSlug !== null;
  return shared
    ? { name: origin.name, shareSlug: origin.shareSlug, shared: true as const }
    : { name: null, shareSlug: null, shared: false as const };
}

/** Whether the actor may see another workflow a provenance link names (forks are often not theirs). */
const mayViewLink = (actor: Actor, link: WorkflowLink): boolean =>
  canViewWorkflow(actor, {
    ownerId: link.ownerId,
    visibility: link.visibility,
    deletedAt: link.deleted ? link.updatedAt : null,
  });

export const sharingRouter = router({
  /**
   * The owner's view: visibility, link and provenance both ways. Another user's origin or fork
   * shows only while the caller may see it (`originHidden`: a fork of one no longer shared);
   * `forkCount` counts every fork.
   */
  status: memberProcedure
    .input(z.object({ id: zWorkflowIdInput }))
    .query(async ({ ctx, input }) => {
      const workflow = await requireManaged(ctx, ctx.actor, input.id);
      const sharing = sharingOf(ctx);
      const origin = await sharing.origin(workflow.id);
      const originShown = origin !== null && mayViewLink(ctx.actor, origin);
      const forks = await sharing.listForks(workflow.id, { limit: FORKS_SHOWN });
      return {
        visibility: workflow.visibility,
        shareSlug: workflow.shareSlug,
        origin: originShown ? origin : null,
        originHidden: origin !== null && !originShown,
        forks: forks.filter((fork) => mayViewLink(ctx.actor, fork)),
        forkCount: await sharing.countForks(workflow.id),
      };
    }),

  /** Private, unlisted (anyone with the link) or public (also in the gallery). */
  setVisibility: memberProcedure
    .input(z.object({ id: zWorkflowIdInput, visibility: z.enum(workflowVisibilities) }))
    .mutation(({ ctx, input }) =>
      withStorageErrors(async () => {
        await requireManaged(ctx, ctx.actor, input.id);
        const updated = await sharingOf(ctx).setVisibility(input.id, input.visibility);
        return { visibility: updated.visibility, shareSlug: updated.shareSlug };
      }),
    ),

  /** What a share link shows: the workflow read-only, its latest outputs, its provenance. */
  get: publicProcedure.input(z.object({ slug: zSlug })).query(async ({ ctx, input }) => {
    const workflow = await requireShared(ctx, input.slug);
    const sharing = sharingOf(ctx);
    return {
      slug: input.slug,
      name: workflow.name,
      description: workflow.description,
      document: workflow.document,
      version: workflow.version,
      visibility: workflow.visibility,
      updatedAt: workflow.updatedAt,
      latest: await latestOutputs(ctx.database, workflow.id),
      origin: publicOrigin(await sharing.origin(workflow.id)),
      forkCount: await sharing.countForks(workflow.id),
    };
  }),

  /** Copies a shared workflow into the caller's library; answers the fork's id. */
  fork: memberProcedure.input(z.object({ slug: zSlug })).mutation(({ ctx, input }) =>
    withStorageErrors(async () => {
      const original = await requireShared(ctx, input.slug);
      const fork = await sharingOf(ctx).fork(original.id, { ownerId: ctx.actor.userId });
      return { id: fork.id, name: fork.name, version: fork.version };
    }),
  ),

  /** Public workflows, newest first, each with the image of its latest run. */
  gallery: publicProcedure.query(async ({ ctx }) => {
    const sharing = sharingOf(ctx);
    const listed = await sharing.listPublic({ limit: GALLERY_LIMIT });
    return Promise.all(
      listed.map(async (w) => ({
        name: w.name,
        description: w.description,
        shareSlug: w.shareSlug,
        updatedAt: w.updatedAt,
        forked: w.forkedFromId !== null,
        forkCount: await sharing.countForks(w.id),
        imageArtifactId: coverImage(await latestOutputs(ctx.database, w.id)),
      })),
    );
  }),
});
