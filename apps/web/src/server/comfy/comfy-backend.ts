// The web server's side of the ComfyUI-compatible API: runs go through the hub's public
// interface (enqueue, cancel, the event bus), stored runs and outputs come from the database.
// With accounts off the caller is the local user and sees every run; with accounts on, a bearer
// token names its owner, who sees only their own runs.
import { readFile } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import type { ComfyBackend, ComfyCaller, ComfyRun } from '@tessera/comfy-api';
import {
  type ArtifactId,
  type Database,
  LOCAL_USER_ID,
  type RunId,
  type RunRecord,
  type UserId,
  asId,
} from '@tessera/db';
import type { Catalogue } from '@tessera/graph';
import type { Hub, RunnerRegistry } from '@tessera/hub';
import { mayViewArtifact } from '../auth/run-access.ts';
import { viewerOfOwner } from '../auth/policy.ts';
import { resolveInside } from '../resolve-inside.ts';
import { inputFolderOf } from './input-folder.ts';
import { pinInputImages } from './pin-input-images.ts';

export interface ComfyBackendDeps {
  readonly database: Database;
  readonly hub: Pick<Hub, 'enqueue' | 'cancel' | 'bus'>;
  readonly runners: RunnerRegistry;
  readonly catalogue: Catalogue;
  readonly dataDir: string;
  readonly version: string;
  readonly accounts: boolean;
  /** With accounts on: the user a bearer token belongs to (undefined: no such live token). */
  readonly userOfToken?: (token: string) => Promise<UserId | undefined>;
}

const bearerOf = (headers: IncomingHttpHeaders): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];

const toComfyRun = (run: RunRecord): ComfyRun => ({
  id: run.id,
  status: run.status,
  document: run.document,
  queuedAt: run.queuedAt,
  startedAt: run.startedAt,
  finishedAt: run.finishedAt,
  error: run.error,
  errorNodeId: run.errorNodeId,
});

export function createComfyBackend(deps: ComfyBackendDeps): ComfyBackend {
  const { database, accounts } = deps;
  const ownerOf = (caller: ComfyCaller): UserId => asId<UserId>(caller.key);
  const record = async (caller: ComfyCaller, runId: string): Promise<RunRecord | undefined> => {
    const run = /^[A-Za-z0-9_-]{1,100}$/.test(runId)
      ? await database.runs.get(asId<RunId>(runId))
      : null;
    if (!run || (accounts && run.ownerId !== ownerOf(caller))) return undefined;
    return run;
  };
  return {
    catalogue: deps.catalogue,
    version: deps.version,
    async authenticate(headers) {
      if (!accounts) return { key: LOCAL_USER_ID };
      const token = bearerOf(headers);
      const userId = token && deps.userOfToken ? await deps.userOfToken(token) : undefined;
      return userId === undefined ? undefined : { key: userId };
    },
    async enqueue(caller, document) {
      const folder = inputFolderOf(deps.dataDir, accounts, caller.key);
      const pinned = await pinInputImages(document, folder);
      const run = await deps.hub.enqueue({
        document: pinned as RunRecord['document'],
        ownerId: ownerOf(caller),
      });
      return toComfyRun(run);
    },
    async cancel(caller, runId) {
      const run = await record(caller, runId);
      return run ? deps.hub.cancel(run.id) : false;
    },
    async listRuns(caller, options) {
      const runs = await database.runs.list({
        ...(accounts ? { ownerId: ownerOf(caller) } : {}),
        ...(options.statuses ? { status: options.statuses } : {}),
        ...(options.limit ? { limit: options.limit } : {}),
      });
      return runs.map(toComfyRun);
    },
    async getRun(caller, runId) {
      const run = await record(caller, runId);
      return run && toComfyRun(run);
    },
    async outputs(caller, runId) {
      const run = await record(caller, runId);
      if (!run) return [];
      const outputs = await database.runs.outputs(run.id);
      return outputs.map((o) => ({
        artifactId: o.artifactId,
        nodeId: o.nodeId,
        port: o.port,
        kind: o.kind,
      }));
    },
    async readImage(caller, artifactId) {
      const artifact = await database.artifacts.get(asId<ArtifactId>(artifactId));
      if (!artifact || artifact.kind !== 'image') return undefined;
      const viewer = viewerOfOwner(caller.key, accounts);
      if (!(await mayViewArtifact(database, viewer, artifact))) return undefined;
      if (artifact.bytes) return artifact.bytes;
      const file = artifact.storagePath && resolveInside(deps.dataDir, artifact.storagePath);
      return file ? readFile(file).catch(() => undefined) : undefined;
    },
    subscribe: (listener) => deps.hub.bus.subscribe(listener),
    devices: () =>
      deps.runners.list().map((runner, index) => ({
        name: `${runner.name} (Tessera runner: ${runner.nodeTypes.length} node types)`,
        type: runner.providers[0] ?? 'cpu',
        index,
        vramTotal: 0,
        vramFree: 0,
      })),
    inputDirFor: (caller) => inputFolderOf(deps.dataDir, accounts, caller.key),
  };
}
