// GET /api/artifacts/:id — a stored node output: images as PNG from the data folder, token plans
// as their binary codec (`?download=1`: as a `<run>-<node>.tplan` attachment). Immutable.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ArtifactId, type ArtifactWithBytes, type Database, asId } from '@tessera/db';
import { TOKEN_PLAN_MEDIA_TYPE } from '@tessera/protocol';
import type { Actor } from '../auth/actor.ts';
import { mayViewArtifact } from '../auth/run-access.ts';
import { resolveInside } from '../resolve-inside.ts';
import {
  IMMUTABLE,
  allowRead,
  answeredNotModified,
  readIfPresent,
  sendNotFound,
  sendRepresentation,
} from './respond.ts';

export interface ArtifactRouteContext {
  readonly database: Database;
  readonly dataDir: string;
  readonly actor: Actor;
}

/** Immutable, but only for this browser: an artifact may be someone's private output. */
const PRIVATE_IMMUTABLE = IMMUTABLE.replace('public', 'private');

const ARTIFACT_ID = /^[A-Za-z0-9-]{1,100}$/;

function mediaType(artifact: ArtifactWithBytes): string {
  if (artifact.mimeType) return artifact.mimeType;
  if (artifact.kind === 'image') return 'image/png';
  if (artifact.kind === 'token_plan') return TOKEN_PLAN_MEDIA_TYPE;
  return 'application/octet-stream';
}

function downloadName(artifact: ArtifactWithBytes): string {
  const extension =
    artifact.kind === 'token_plan' ? 'tplan' : artifact.kind === 'image' ? 'png' : 'bin';
  const stem = `${artifact.runId}-${artifact.nodeId}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  return `${stem}.${extension}`;
}

async function content(
  artifact: ArtifactWithBytes,
  dataDir: string,
): Promise<Uint8Array | undefined> {
  if (artifact.bytes) return artifact.bytes;
  if (artifact.storagePath === null) return undefined;
  const file = resolveInside(dataDir, artifact.storagePath);
  if (file === undefined) return undefined;
  return readIfPresent(() => readFile(file));
}

export async function serveArtifact(
  req: IncomingMessage,
  res: ServerResponse,
  context: ArtifactRouteContext,
  id: string,
  query: URLSearchParams,
): Promise<void> {
  if (!allowRead(req, res)) return;
  const artifact = ARTIFACT_ID.test(id)
    ? await context.database.artifacts.get(asId<ArtifactId>(id))
    : null;
  // Someone else's private artifact answers exactly like a missing one.
  if (!artifact || !(await mayViewArtifact(context.database, context.actor, artifact)))
    return sendNotFound(res, `There is no artifact with id ${id}.`);
  const etag = `"${artifact.contentHash}"`;
  if (answeredNotModified(req, res, etag, PRIVATE_IMMUTABLE)) return;
  const body = await content(artifact, context.dataDir);
  if (!body) return sendNotFound(res, `The content of artifact ${id} is missing.`);
  const download = query.get('download') === '1';
  sendRepresentation(req, res, {
    contentType: mediaType(artifact),
    etag,
    cacheControl: PRIVATE_IMMUTABLE,
    body,
    ...(download ? { disposition: `attachment; filename="${downloadName(artifact)}"` } : {}),
  });
}
