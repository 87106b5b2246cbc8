import type { Database } from '@tessera/db';
import type { Hub, RunnerRegistry } from '@tessera/hub';

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
}
