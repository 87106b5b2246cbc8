import { TRPCError, initTRPC } from '@trpc/server';
import type { TrpcContext } from './context.ts';
import { errorDetails } from './errors.ts';

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, ...errorDetails(error.cause) },
  }),
});

export const router = t.router;

/** Every procedure: a signed-in user's mutation must carry the session's CSRF token. */
export const publicProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.csrfOk)
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'The request lacks this session’s CSRF token: reload the page and try again.',
    });
  return next();
});

/** Procedures on someone's data: with accounts on, only for a signed-in user. */
export const memberProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor.kind === 'anonymous')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to do this.' });
  return next({ ctx: { actor: ctx.actor } });
});
export const createCallerFactory = t.createCallerFactory;
