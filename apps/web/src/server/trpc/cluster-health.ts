// The cluster part of /api/health: Redis reachable, queue depth, the servers and their runners.
import type { Hub } from '@tessera/hub';

export interface ClusterHealth {
  /** This server's id in the cluster. */
  readonly serverId: string;
  readonly redis: { readonly reachable: boolean };
  /** Runs waiting for a server and runs being driven; null while Redis is unreachable. */
  readonly queue: { readonly waiting: number; readonly active: number } | null;
  readonly servers: readonly {
    readonly id: string;
    readonly name: string;
    readonly runners: readonly { readonly name: string; readonly busy: boolean }[];
  }[];
}

/** null in embedded mode (one process, the in-process queue). */
export async function clusterHealth(hub: Hub): Promise<ClusterHealth | null> {
  if (!hub.cluster) return null;
  const status = await hub.cluster.status();
  return {
    serverId: status.serverId,
    redis: status.redis,
    queue: status.queue,
    servers: status.servers,
  };
}
