// Node outputs kept for a run: token plans inline in the database, images as PNG files under the
// data folder (width, height and channels also in the metadata).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ArtifactRepository, type NodeId, type RunId, asId } from '@tessera/db';
import { sha256Hex } from '@tessera/graph/sha256';
import { encodePngAsync } from '@tessera/png';
import { type ArtifactRef, TOKEN_PLAN_MEDIA_TYPE, type WireValue } from '@tessera/protocol';

/**
 * zlib level of stored images: each run's outputs are encoded on the hub between two nodes, and
 * level 1 takes a fifth of the default's time for files about 15 % larger (a 1024² poster: about
 * 0.1 s instead of 0.3 s here). The files users keep come from `image.save`, at the default.
 */
const ARTIFACT_PNG_LEVEL = 1;

const safe = (name: string): string => name.replace(/[^A-Za-z0-9_.-]/g, '_');

export class ArtifactStore {
  constructor(
    private readonly artifacts: ArtifactRepository,
    /** Images go to `<dataDir>/artifacts/<run>/`. */
    private readonly dataDir: string,
  ) {}

  /**
   * Stores `value` if it is a kind worth keeping; the reference for clients, or undefined. A
   * node executed again in the same run (its runner or server died after storing, before the
   * node was recorded finished) gets the artifact it stored then: same bytes, no second record.
   */
  async store(
    runId: string,
    nodeId: string,
    port: string,
    value: WireValue,
    cacheKey: string | undefined,
  ): Promise<ArtifactRef | undefined> {
    const base = {
      runId: asId<RunId>(runId),
      nodeId: asId<NodeId>(nodeId),
      port,
      cacheKey: cacheKey ?? null,
    };
    if (value.type === 'TOKEN_PLAN') {
      const kept = await this.#storedBefore(base, sha256Hex(value.bytes));
      if (kept) return kept;
      const record = await this.artifacts.create({
        ...base,
        kind: 'token_plan',
        mimeType: TOKEN_PLAN_MEDIA_TYPE,
        bytes: value.bytes,
      });
      return { port, artifactId: record.id, kind: record.kind };
    }
    if (value.type === 'IMAGE') {
      const relative = path.join('artifacts', safe(runId), `${safe(nodeId)}.${safe(port)}.png`);
      const file = path.join(this.dataDir, relative);
      const png = await encodePngAsync(
        { width: value.width, height: value.height, channels: value.channels, data: value.data },
        {},
        { level: ARTIFACT_PNG_LEVEL },
      );
      const contentHash = sha256Hex(png);
      const kept = await this.#storedBefore(base, contentHash);
      if (kept) return kept;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, png);
      const record = await this.artifacts.create({
        ...base,
        kind: 'image',
        mimeType: 'image/png',
        storagePath: relative,
        contentHash,
        size: png.byteLength,
        metadata: { width: value.width, height: value.height, channels: value.channels },
      });
      return { port, artifactId: record.id, kind: record.kind };
    }
    return undefined;
  }

  async #storedBefore(
    at: { runId: RunId; nodeId: NodeId; port: string },
    contentHash: string,
  ): Promise<ArtifactRef | undefined> {
    const stored = await this.artifacts.listByRun(at.runId, { nodeId: at.nodeId });
    const same = stored.find((a) => a.port === at.port && a.contentHash === contentHash);
    return same ? { port: at.port, artifactId: same.id, kind: same.kind } : undefined;
  }
}
