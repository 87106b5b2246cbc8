// A tRPC context over a real SQLite database in a temporary folder, and a hub with no runner;
// model packages from the repository unless told otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import { openDatabase } from '@tessera/db';
import { RunnerRegistry, createHub } from '@tessera/hub';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { LOCAL_ACTOR, type Actor } from '../auth/actor.ts';
import type { TrpcContext } from './context.ts';

/** The repository's model packages (read only). */
export const repoModelsDir = path.resolve(import.meta.dirname, '../../../../../models');

export interface TestContext {
  readonly context: TrpcContext;
  close(): Promise<void>;
}

/** The hub is not started: enqueued runs stay `queued`. */
export async function openTestContext(
  options: { readonly modelsDir?: string; readonly accounts?: boolean } = {},
): Promise<TestContext> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tessera-web-'));
  const dataDir = path.join(dir, 'data');
  const database = await openDatabase({ url: `file:${path.join(dir, 'test.db')}` });
  // The owner of everything made without accounts, as the server creates it at start-up.
  await database.users.ensureLocalUser();
  const runners = new RunnerRegistry();
  const hub = createHub({
    database,
    catalogue: createNodeCatalogue(),
    dataDir,
    runnerToken: 'test-token',
    registry: runners,
  });
  return {
    context: {
      database,
      runners,
      hub,
      version: 'test',
      startedAt: new Date(),
      dataDir,
      modelsDir: options.modelsDir ?? repoModelsDir,
      auth: { accounts: options.accounts ?? false, secureCookies: false },
      actor: LOCAL_ACTOR,
      csrfOk: true,
    },
    async close() {
      await hub.stop();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The TRPCError a call is refused with; throws when it succeeds or fails otherwise. */
export async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** The same context as seen by `actor` (accounts on, a signed-in user or an anonymous visitor). */
export const as = (context: TrpcContext, actor: Actor): TrpcContext => ({ ...context, actor });
