// The cluster part of /api/health: Redis reachable, queue depth, the servers and their runners.
import type { ClusterStatus, Hub } from '@tessera/hub';

/** What health reports of the cluster: the hub's own status (`Cluster.status()`). */
export type ClusterHealth = ClusterStatus;

/** null in embedded mode (one process, the in-process queue). */
export async function clusterHealth(hub: Hub): Promise<ClusterHealth | null> {
  return hub.cluster ? hub.cluster.status() : null;
}
