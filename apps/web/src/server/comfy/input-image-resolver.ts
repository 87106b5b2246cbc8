// image.load's `image` param names an uploaded file in the run owner's input folder; runners
// never reach that folder (they may be on other machines), so the hub reads the file into the
// node's `source` param before the job is offered, as it does for plan.load's stored plans.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ParamResolutionError, type ParamResolver } from '@tessera/hub';
import { MAX_INPUT_IMAGE_BYTES } from '@tessera/nodes/specs';
import { imageKindOf } from '@tessera/comfy-api';
import { inputFolderOf } from './input-folder.ts';

/** The file `name` names inside `folder`, or undefined when it would leave it. */
export function fileInside(folder: string, name: string): string | undefined {
  if (name.includes('..') || name.includes('\\') || path.isAbsolute(name)) return undefined;
  const file = path.resolve(folder, name);
  const relative = path.relative(path.resolve(folder), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? undefined
    : file;
}

export function inputImageResolver(dataDir: string, accounts: boolean): ParamResolver {
  return async (node, params, run) => {
    const name = params.image;
    if (node.type !== 'image.load' || typeof name !== 'string' || name === '') return { ...params };
    const file = fileInside(inputFolderOf(dataDir, accounts, run.ownerId), name);
    const missing = `image.load: there is no uploaded image ${JSON.stringify(name)} (upload it first)`;
    if (!file) throw new ParamResolutionError(missing);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new ParamResolutionError(missing);
    if (info.size > MAX_INPUT_IMAGE_BYTES)
      throw new ParamResolutionError(
        `image.load: ${name} is larger than ${MAX_INPUT_IMAGE_BYTES} bytes`,
      );
    const bytes = await readFile(file);
    if (!imageKindOf(bytes))
      throw new ParamResolutionError(`image.load: ${name} is not a PNG, JPEG or WebP image`);
    const pinned = params.sha256;
    if (typeof pinned === 'string' && pinned !== '') {
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== pinned)
        throw new ParamResolutionError(
          `image.load: ${name} changed after the run was queued (queue it again to use the new file)`,
        );
    }
    return { ...params, source: bytes.toString('base64') };
  };
}

/** Each resolver in turn, each on the params the previous one answered. */
export function chainParamResolvers(...resolvers: readonly ParamResolver[]): ParamResolver {
  return async (node, params, run) => {
    let resolved = { ...params };
    for (const resolve of resolvers) resolved = await resolve(node, resolved, run);
    return resolved;
  };
}
