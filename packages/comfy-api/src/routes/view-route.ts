// GET /view?filename&subfolder&type: a saved (`output`) or preview (`temp`) image, named by its
// artifact id as the API reports it, or an uploaded (`input`) file. Absolute names and `..` are
// refused with 400, a subfolder out of its folder with 403, anything missing with 404.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_MEDIA_TYPES, imageKindOf } from '../files/image-kind.ts';
import { checkFileName, folderInside } from '../files/safe-names.ts';
import { HttpError } from '../http/respond.ts';
import { artifactIdOfFileName } from '../prompts/output-images.ts';
import type { Route } from './route.ts';

/** The virtual folder output and temp images are served from (their subfolder must stay in it). */
const VIRTUAL_ROOT = path.resolve('/tessera-artifacts');

async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

export const viewRoute: Route = {
  method: 'GET',
  pattern: /^\/view$/,
  async handle({ res, url, state, caller }) {
    const filename = url.searchParams.get('filename') ?? '';
    const subfolder = url.searchParams.get('subfolder') ?? '';
    const type = url.searchParams.get('type') || 'output';
    if (filename === '') throw new HttpError(400, 'filename is required');
    checkFileName(filename);
    if (type !== 'output' && type !== 'temp' && type !== 'input')
      throw new HttpError(400, `Unknown type ${JSON.stringify(type)}: output, temp or input.`);
    let body: Uint8Array | undefined;
    if (type === 'input') {
      const folder = folderInside(state.backend.inputDirFor(caller), subfolder);
      body = await readIfPresent(path.join(folder, filename));
    } else {
      const inRoot = folderInside(VIRTUAL_ROOT, subfolder) === VIRTUAL_ROOT;
      const artifactId = artifactIdOfFileName(filename);
      body = inRoot && artifactId ? await state.backend.readImage(caller, artifactId) : undefined;
    }
    if (!body) throw new HttpError(404, `There is no ${type} image ${JSON.stringify(filename)}.`);
    const kind = imageKindOf(body);
    res.writeHead(200, {
      'content-type': kind ? IMAGE_MEDIA_TYPES[kind] : 'application/octet-stream',
      'content-length': body.byteLength,
      'content-disposition': `filename="${filename.replace(/"/g, '')}"`,
      'cache-control': 'private, max-age=3600',
    });
    res.end(body);
  },
};
