// Artifact rows as the rest of Tessera sees them.
import type { Artifact } from '../generated/sqlite/client.ts';
import { asId, type ArtifactId, type NodeId, type RunId } from '../ids.ts';
import { isJsonObject, type JsonObject } from '../json.ts';

export interface ArtifactRecord {
  readonly id: ArtifactId;
  readonly runId: RunId;
  readonly nodeId: NodeId;
  readonly port: string;
  /** e.g. 'image', 'token_plan'. */
  readonly kind: string;
  /** sha256 of the content, hex. */
  readonly contentHash: string;
  readonly size: number;
  /** Where the artifact store keeps the content, when it is not inline. */
  readonly storagePath: string | null;
  readonly mimeType: string | null;
  readonly metadata: JsonObject | null;
  readonly cacheKey: string | null;
  /** Whether the content is stored inline (fetch it with `get`). */
  readonly inline: boolean;
  readonly createdAt: Date;
}

export interface ArtifactWithBytes extends ArtifactRecord {
  readonly bytes: Uint8Array | null;
}

export const artifactSummarySelect = {
  id: true,
  runId: true,
  nodeId: true,
  port: true,
  kind: true,
  contentHash: true,
  size: true,
  storagePath: true,
  mimeType: true,
  metadata: true,
  cacheKey: true,
  createdAt: true,
} as const;

export function toArtifactRecord(row: Omit<Artifact, 'bytes'>): ArtifactRecord {
  return {
    id: asId<ArtifactId>(row.id),
    runId: asId<RunId>(row.runId),
    nodeId: asId<NodeId>(row.nodeId),
    port: row.port,
    kind: row.kind,
    contentHash: row.contentHash,
    size: row.size,
    storagePath: row.storagePath,
    mimeType: row.mimeType,
    metadata: isJsonObject(row.metadata) ? row.metadata : null,
    cacheKey: row.cacheKey,
    inline: row.storagePath === null,
    createdAt: row.createdAt,
  };
}

export function toArtifactWithBytes(row: Artifact): ArtifactWithBytes {
  return { ...toArtifactRecord(row), bytes: row.bytes === null ? null : new Uint8Array(row.bytes) };
}
