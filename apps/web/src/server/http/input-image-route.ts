// GET /api/input-image?name=<name>: an uploaded image of the asker's input folder, for the Load
// image node's thumbnail. Only the asker's own folder (with accounts on, signed in: 401
// otherwise); a name leaving the folder, a missing file or one that is not an image answer 404.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMAGE_MEDIA_TYPES, imageKindOf } from '@tessera/comfy-api';
import type { Actor } from '../auth/actor.ts';
import { inputFolderOf } from '../comfy/input-folder.ts';
import { fileInside } from '../comfy/input-image-resolver.ts';
import {
  allowRead,
  answeredNotModified,
  readIfPresent,
  sendJson,
  sendNotFound,
  sendRepresentation,
} from './respond.ts';

export interface InputImageRouteContext {
  readonly dataDir: string;
  readonly accounts: boolean;
  readonly actor: Actor;
}

/** The same name may hold other bytes after an upload with `overwrite`: ask again each time. */
const REVALIDATE = 'private, no-cache';

export async function serveInputImage(
  req: IncomingMessage,
  res: ServerResponse,
  context: InputImageRouteContext,
  name: string,
): Promise<void> {
  if (!allowRead(req, res)) return;
  if (context.actor.kind === 'anonymous')
    return sendJson(res, 401, { error: 'Sign in to see your uploaded images.' });
  const folder = inputFolderOf(context.dataDir, context.accounts, context.actor.userId);
  const file = name === '' ? undefined : fileInside(folder, name);
  const bytes = file && (await readIfPresent(() => readFile(file)).catch(() => undefined));
  const kind = bytes && imageKindOf(bytes);
  if (!bytes || !kind) return sendNotFound(res, `There is no uploaded image ${name}.`);
  const etag = `"${createHash('sha256').update(bytes).digest('hex')}"`;
  if (answeredNotModified(req, res, etag, REVALIDATE)) return;
  sendRepresentation(req, res, {
    contentType: IMAGE_MEDIA_TYPES[kind],
    etag,
    cacheControl: REVALIDATE,
    body: bytes,
  });
}
