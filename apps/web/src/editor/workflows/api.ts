// The tRPC client the workflow actions call outside React (menu actions, shortcuts, start-up).
import { createTRPCClient } from '@trpc/client';
import { tesseraLinks } from '../../client/trpc-links.ts';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/trpc/app-router.ts';

type Outputs = inferRouterOutputs<AppRouter>;
export type WorkflowSummary = Outputs['workflows']['list'][number];
export type WorkflowRecord = Outputs['workflows']['get'];
export type ModelSummary = Outputs['models']['list'][number];
export type ModelTemplate = ModelSummary['templates'][number];

let client: ReturnType<typeof createTRPCClient<AppRouter>> | null = null;

export function api(): ReturnType<typeof createTRPCClient<AppRouter>> {
  client ??= createTRPCClient<AppRouter>({ links: tesseraLinks() });
  return client;
}
