// The stored outputs a run shows: those its nodes produced, and for a node that came from the
// hub's cache, those of the run that executed it (found by the node's cache key).
import type { Database, RunId, RunNodeRecord } from '@tessera/db';

/** One stored output; fetch it from `/api/artifacts/<artifactId>`. */
export interface RunArtifact {
  readonly artifactId: string;
  /** The node of this run it belongs to. */
  readonly nodeId: string;
  readonly port: string;
  /** 'image' | 'token_plan'. */
  readonly kind: string;
  readonly mimeType: string | null;
  /** Produced by an earlier run: this run's node was a cache hit. */
  readonly cached: boolean;
}

export async function listRunArtifacts(
  database: Database,
  runId: RunId,
  nodes: readonly RunNodeRecord[],
): Promise<RunArtifact[]> {
  const own = await database.artifacts.listByRun(runId);
  const artifacts: RunArtifact[] = own.map((a) => ({
    artifactId: a.id,
    nodeId: a.nodeId,
    port: a.port,
    kind: a.kind,
    mimeType: a.mimeType,
    cached: false,
  }));
  const withOwn = new Set<string>(own.map((a) => a.nodeId));
  for (const node of nodes) {
    if (!node.cached || node.status !== 'succeeded' || node.cacheKey === null) continue;
    if (withOwn.has(node.nodeId)) continue;
    const ports = new Set<string>();
    // Newest first: one per port (every one under the key holds the same content).
    for (const a of await database.artifacts.findByCacheKey(node.cacheKey)) {
      if (ports.has(a.port)) continue;
      ports.add(a.port);
      artifacts.push({
        artifactId: a.id,
        nodeId: node.nodeId,
        port: a.port,
        kind: a.kind,
        mimeType: a.mimeType,
        cached: true,
      });
    }
  }
  return artifacts;
}
