import type { Database } from '@tessera/db';
import type { Hub, RunnerRegistry } from '@tessera/hub';

/** What every tRPC procedure can reach: the hub's services, injected by the server entry. */
export interface TrpcContext {
  readonly database: Database;
  readonly runners: RunnerRegistry;
  /** Queues and cancels runs. */
  readonly hub: Hub;
  readonly version: string;
  readonly startedAt: Date;
}
