// GET /api/models/:modelId/codebooks.bin — a model package's codebook file, for plan previews in
// the browser (layout in model.json `codebooks.layout`). The ETag is the manifest's sha256; a
// request carrying it as `?v=` (as `codebooksUrl` from `models.list` does) is cached for good.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ModelPackageError, readModelPackage } from '../models/model-manifest.ts';
import {
  IMMUTABLE,
  allowRead,
  answeredNotModified,
  readIfPresent,
  sendNotFound,
  sendRepresentation,
} from './respond.ts';

const REVALIDATE = 'no-cache';

export async function serveCodebooks(
  req: IncomingMessage,
  res: ServerResponse,
  modelsDir: string,
  modelId: string,
  query: URLSearchParams,
): Promise<void> {
  if (!allowRead(req, res)) return;
  let pkg;
  try {
    pkg = await readModelPackage(modelsDir, modelId);
  } catch (error) {
    if (error instanceof ModelPackageError)
      return sendNotFound(res, `There is no model ${modelId}.`);
    throw error;
  }
  const { sha256 } = pkg.manifest.codebooks;
  const etag = `"${sha256}"`;
  const cacheControl = query.get('v') === sha256 ? IMMUTABLE : REVALIDATE;
  if (answeredNotModified(req, res, etag, cacheControl)) return;
  const body = await readIfPresent(() => readFile(pkg.codebooksFile));
  if (!body) return sendNotFound(res, `Model ${modelId} has no codebook file.`);
  sendRepresentation(req, res, {
    contentType: 'application/octet-stream',
    etag,
    cacheControl,
    body,
  });
}
