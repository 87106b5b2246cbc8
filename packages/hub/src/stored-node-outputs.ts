// A node's outputs kept in the database by cache key, so that they outlive the process: images
// and plans by the artifacts the run stored (an image's source plan inline), text and scalars as
// themselves. Read back, they are the wire values the node produced, byte for byte.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ArtifactId,
  type ArtifactRepository,
  type NodeId,
  type NodeOutputRepository,
  type RunId,
  type UserId,
  asId,
} from '@tessera/db';
import { decodePng } from '@tessera/png';
import {
  type ArtifactRef,
  type WireValue,
  type WireValues,
  zArtifactRef,
  zNodeDisplayWire,
  zPromptWire,
  zScalarWire,
} from '@tessera/protocol';
import { z } from 'zod';
import type { CachedNodeResult } from './node-output-cache.ts';

/** Bump when the stored form changes; entries of another format are read as a miss. */
const STORED_FORMAT = 1;

const zStoredPort = z.union([
  z.object({ artifactId: z.string().min(1), plan: z.base64().optional() }),
  z.object({ value: z.union([zPromptWire, zScalarWire]) }),
]);

const zStoredOutputs = z.object({
  format: z.literal(STORED_FORMAT),
  ports: z.record(z.string(), zStoredPort),
  artifacts: z.array(zArtifactRef),
});
type StoredOutputs = z.infer<typeof zStoredOutputs>;

export interface NodeOutputOrigin {
  readonly cacheKey: string;
  readonly ownerId: UserId | null;
  readonly runId: string;
  readonly nodeId: string;
}

/**
 * The stored form of `result`, or undefined when a port's value was not stored as an artifact and
 * cannot be kept inline (such a node is executed again rather than reused).
 */
export function toStoredOutputs(result: CachedNodeResult): StoredOutputs | undefined {
  const ports: StoredOutputs['ports'] = {};
  for (const [port, value] of Object.entries(result.outputs)) {
    const artifact = result.artifacts.find((ref) => ref.port === port);
    if (artifact && (value.type === 'IMAGE' || value.type === 'TOKEN_PLAN')) {
      const plan = value.type === 'IMAGE' ? value.plan : undefined;
      ports[port] = {
        artifactId: artifact.artifactId,
        ...(plan ? { plan: Buffer.from(plan).toString('base64') } : {}),
      };
    } else if (value.type === 'PROMPT' || value.type === 'SCALAR') ports[port] = { value };
    else return undefined;
  }
  return { format: STORED_FORMAT, ports, artifacts: [...result.artifacts] };
}

export class StoredNodeOutputs {
  constructor(
    private readonly entries: NodeOutputRepository,
    private readonly artifacts: ArtifactRepository,
    /** Where the artifact store keeps images (`<dataDir>/artifacts/…`). */
    private readonly dataDir: string,
  ) {}

  /** Keeps `result` under its origin's cache key; false when it cannot be kept (see above). */
  async save(origin: NodeOutputOrigin, result: CachedNodeResult): Promise<boolean> {
    const stored = toStoredOutputs(result);
    if (!stored) return false;
    await this.entries.put({
      cacheKey: origin.cacheKey,
      ownerId: origin.ownerId,
      runId: asId<RunId>(origin.runId),
      nodeId: asId<NodeId>(origin.nodeId),
      outputs: stored,
      display: result.display ?? null,
    });
    return true;
  }

  /**
   * The outputs kept under `cacheKey`, read back from their artifacts; undefined when there are
   * none, or when they can no longer be read (a removed file or run): that entry is forgotten.
   */
  async load(cacheKey: string): Promise<CachedNodeResult | undefined> {
    const entry = await this.entries.get(cacheKey);
    if (!entry) return undefined;
    try {
      const stored = zStoredOutputs.parse(entry.outputs);
      const outputs: WireValues = {};
      for (const [port, kept] of Object.entries(stored.ports))
        outputs[port] = 'value' in kept ? kept.value : await this.#readArtifact(kept);
      const display = entry.display ? zNodeDisplayWire.parse(entry.display) : undefined;
      const artifacts: ArtifactRef[] = stored.artifacts;
      return { outputs, artifacts, ...(display ? { display } : {}) };
    } catch {
      await this.entries.delete(cacheKey);
      return undefined;
    }
  }

  async #readArtifact(kept: { artifactId: string; plan?: string | undefined }): Promise<WireValue> {
    const artifact = await this.artifacts.get(asId<ArtifactId>(kept.artifactId));
    if (!artifact) throw new Error(`artifact ${kept.artifactId} is gone`);
    if (artifact.kind === 'token_plan' && artifact.bytes)
      return { type: 'TOKEN_PLAN', bytes: artifact.bytes };
    if (artifact.kind !== 'image' || artifact.storagePath === null)
      throw new Error(`artifact ${kept.artifactId} is not an image or a plan`);
    const image = decodePng(await readFile(path.join(this.dataDir, artifact.storagePath)));
    return {
      type: 'IMAGE',
      width: image.width,
      height: image.height,
      channels: image.channels,
      data: image.data,
      ...(kept.plan ? { plan: new Uint8Array(Buffer.from(kept.plan, 'base64')) } : {}),
    };
  }
}
