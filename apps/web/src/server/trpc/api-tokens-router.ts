// The account page's API tokens: list, make (the token is answered once, never again) and
// revoke. Tokens exist only with accounts on; without accounts the API needs none.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { newApiToken } from '../comfy/api-tokens.ts';
import { memberProcedure, router } from './init.ts';
import type { TrpcContext } from './context.ts';

/** Most live tokens one user may hold. */
export const MAX_API_TOKENS = 20;

function signedInUser(ctx: TrpcContext) {
  if (ctx.actor.kind !== 'user')
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'Accounts are off: the ComfyUI-compatible API needs no token.',
    });
  return ctx.actor.userId;
}

const summary = (token: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}) => ({
  id: token.id,
  name: token.name,
  prefix: token.prefix,
  createdAt: token.createdAt.toISOString(),
  lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  revokedAt: token.revokedAt?.toISOString() ?? null,
});

export const apiTokensRouter = router({
  /** Whether tokens apply here, and the user's tokens, newest first. */
  list: memberProcedure.query(async ({ ctx }) => {
    if (ctx.actor.kind !== 'user') return { accounts: false, tokens: [] };
    const tokens = await ctx.database.apiTokens.list(ctx.actor.userId);
    return { accounts: true, tokens: tokens.map(summary) };
  }),

  create: memberProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const userId = signedInUser(ctx);
      const live = (await ctx.database.apiTokens.list(userId)).filter((t) => !t.revokedAt);
      if (live.length >= MAX_API_TOKENS)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `You already have ${MAX_API_TOKENS} tokens: revoke one first.`,
        });
      const made = newApiToken();
      const record = await ctx.database.apiTokens.create({
        userId,
        name: input.name,
        tokenHash: made.tokenHash,
        prefix: made.prefix,
      });
      return { token: made.token, record: summary(record) };
    }),

  revoke: memberProcedure
    .input(z.object({ id: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const revoked = await ctx.database.apiTokens.revoke(signedInUser(ctx), input.id);
      if (!revoked)
        throw new TRPCError({ code: 'NOT_FOUND', message: `There is no live token ${input.id}.` });
      return { id: input.id };
    }),
});
