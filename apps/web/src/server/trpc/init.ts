import { initTRPC } from '@trpc/server';
import type { TrpcContext } from './context.ts';
import { errorDetails } from './errors.ts';

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, ...errorDetails(error.cause) },
  }),
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
