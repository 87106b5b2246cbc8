// Node outputs kept by cache key, so that they outlive the process that computed them: a re-run
// after a restart, or on another server, reuses them, and a run continued after its server died
// takes its finished nodes' outputs back. What `outputs` holds is the hub's to define.
import type { DbClient } from '../client/db-client.ts';
import type { NodeOutput } from '../generated/sqlite/client.ts';
import { asId, asOptionalId, type NodeId, type RunId, type UserId } from '../ids.ts';
import { expectJsonObject, isJsonObject, type JsonObject } from '../json.ts';
import { withWriteRetry } from './retry.ts';

export interface NodeOutputRecord {
  /** The node's cache key, scoped to its owner (one owner never sees another's outputs). */
  readonly cacheKey: string;
  readonly ownerId: UserId | null;
  /** The run whose node computed them (its artifacts hold the images and plans). */
  readonly runId: RunId;
  readonly nodeId: NodeId;
  readonly outputs: JsonObject;
  readonly display: JsonObject | null;
  readonly createdAt: Date;
}

export type PutNodeOutputInput = Omit<NodeOutputRecord, 'createdAt'>;

function toNodeOutputRecord(row: NodeOutput): NodeOutputRecord {
  return {
    cacheKey: row.cacheKey,
    ownerId: asOptionalId<UserId>(row.ownerId),
    runId: asId<RunId>(row.runId),
    nodeId: asId<NodeId>(row.nodeId),
    outputs: expectJsonObject(row.outputs, `Node output ${row.cacheKey}`),
    display: isJsonObject(row.display) ? row.display : null,
    createdAt: row.createdAt,
  };
}

export class NodeOutputRepository {
  constructor(private readonly db: DbClient) {}

  /** Records what a node produced; the latest computation of a key replaces an earlier one. */
  async put(input: PutNodeOutputInput): Promise<NodeOutputRecord> {
    const data = {
      ownerId: input.ownerId,
      runId: input.runId,
      nodeId: input.nodeId,
      outputs: input.outputs,
      display: input.display ?? undefined,
    };
    const row = await withWriteRetry(() =>
      this.db.nodeOutput.upsert({
        where: { cacheKey: input.cacheKey },
        create: { cacheKey: input.cacheKey, ...data },
        update: data,
      }),
    );
    return toNodeOutputRecord(row);
  }

  async get(cacheKey: string): Promise<NodeOutputRecord | null> {
    const row = await this.db.nodeOutput.findUnique({ where: { cacheKey } });
    return row ? toNodeOutputRecord(row) : null;
  }

  /** Forgets a key (its outputs could not be read back, e.g. a file was removed). */
  async delete(cacheKey: string): Promise<void> {
    await withWriteRetry(() => this.db.nodeOutput.deleteMany({ where: { cacheKey } }));
  }
}
