// Outputs of nodes: small ones inline as bytes, large ones as a path in the artifact store.
import { sha256Hex } from '@tessera/graph/sha256';
import type { DbClient } from '../client/db-client.ts';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import type { ArtifactId, NodeId, RunId } from '../ids.ts';
import type { JsonObject } from '../json.ts';
import {
  artifactSummarySelect,
  toArtifactRecord,
  toArtifactWithBytes,
  type ArtifactRecord,
  type ArtifactWithBytes,
} from './artifact-records.ts';
import { isForeignKeyViolation } from './prisma-errors.ts';
import { withWriteRetry } from './retry.ts';

interface ArtifactBase {
  readonly runId: RunId;
  readonly nodeId: NodeId;
  readonly port: string;
  readonly kind: string;
  readonly mimeType?: string | null;
  readonly metadata?: JsonObject | null;
  readonly cacheKey?: string | null;
}

/** Inline content: the hash and size are computed here. */
export interface InlineArtifactInput extends ArtifactBase {
  readonly bytes: Uint8Array;
}

/** Content kept by the artifact store: the caller hashed it while writing. */
export interface StoredArtifactInput extends ArtifactBase {
  readonly storagePath: string;
  readonly contentHash: string;
  readonly size: number;
}

export type CreateArtifactInput = InlineArtifactInput | StoredArtifactInput;

function contentFields(input: CreateArtifactInput) {
  if ('bytes' in input) {
    return {
      bytes: new Uint8Array(input.bytes),
      storagePath: null,
      contentHash: sha256Hex(input.bytes),
      size: input.bytes.byteLength,
    };
  }
  if (!/^[0-9a-f]{64}$/.test(input.contentHash))
    throw new InvalidInputError('contentHash must be a sha256 in lowercase hex.');
  if (!Number.isSafeInteger(input.size) || input.size < 0)
    throw new InvalidInputError('size must be a whole number of bytes.');
  if (input.storagePath.trim() === '')
    throw new InvalidInputError('storagePath must not be empty.');
  return {
    bytes: null,
    storagePath: input.storagePath,
    contentHash: input.contentHash,
    size: input.size,
  };
}

export class ArtifactRepository {
  constructor(private readonly db: DbClient) {}

  async create(input: CreateArtifactInput): Promise<ArtifactRecord> {
    const content = contentFields(input);
    try {
      const row = await withWriteRetry(() =>
        this.db.artifact.create({
          data: {
            runId: input.runId,
            nodeId: input.nodeId,
            port: input.port,
            kind: input.kind,
            mimeType: input.mimeType ?? null,
            ...(input.metadata ? { metadata: input.metadata } : {}),
            cacheKey: input.cacheKey ?? null,
            ...content,
          },
          select: artifactSummarySelect,
        }),
      );
      return toArtifactRecord(row);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Run', input.runId);
      throw error;
    }
  }

  /** With the inline bytes, if any. */
  async get(id: ArtifactId): Promise<ArtifactWithBytes | null> {
    const row = await this.db.artifact.findUnique({ where: { id } });
    return row ? toArtifactWithBytes(row) : null;
  }

  /** A run's artifacts without their bytes, in creation order. */
  async listByRun(runId: RunId, options: { nodeId?: NodeId } = {}): Promise<ArtifactRecord[]> {
    const rows = await this.db.artifact.findMany({
      where: { runId, ...(options.nodeId ? { nodeId: options.nodeId } : {}) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: artifactSummarySelect,
    });
    return rows.map(toArtifactRecord);
  }

  /** The newest artifacts produced under a cache key (the producing node's input signature). */
  async findByCacheKey(cacheKey: string): Promise<ArtifactRecord[]> {
    const rows = await this.db.artifact.findMany({
      where: { cacheKey },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: artifactSummarySelect,
    });
    return rows.map(toArtifactRecord);
  }
}
