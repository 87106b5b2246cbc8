// A plain tRPC client for the run code that works outside React (queueing, catching up after a
// reconnection). One per page, made on first use.
import { type TRPCClient, createTRPCClient } from '@trpc/client';
import { tesseraLinks } from '../../client/trpc-links.ts';
import type { AppRouter } from '../../server/trpc/app-router.ts';

let client: TRPCClient<AppRouter> | undefined;

export function runClient(): TRPCClient<AppRouter> {
  client ??= createTRPCClient<AppRouter>({ links: tesseraLinks() });
  return client;
}

/** The message of a failed call, for the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
