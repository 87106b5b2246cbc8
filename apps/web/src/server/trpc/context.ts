import type { Database } from '@tessera/db';
import type { Hub, RunnerRegistry } from '@tessera/hub';
import type { Actor, AuthSettings } from '../auth/actor.ts';

/**
 * What every tRPC procedure and HTTP route can reach: the hub's services and folders, injected by
 * the server entry.
 */
export interface TrpcContext {
  readonly database: Database;
  readonly runners: RunnerRegistry;
  /** Queues and cancels runs. */
  readonly hub: Hub;
  readonly version: string;
  readonly startedAt: Date;
  /** The data folder: image artifacts live under it (`ArtifactRecord.storagePath`). */
  readonly dataDir: string;
  /** Model packages, one folder each. */
  readonly modelsDir: string;
  readonly auth: AuthSettings;
  /** Who is asking (per request): the local user when accounts are off. */
  readonly actor: Actor;
  /** False for a state-changing request of a signed-in user without the session's CSRF token. */
  readonly csrfOk: boolean;
}

/** The parts of the context that do not depend on the request. */
export type ServerContext = Omit<TrpcContext, 'actor' | 'csrfOk'>;
