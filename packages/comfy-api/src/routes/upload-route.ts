// POST /upload/image (multipart: `image`, `overwrite`, `type`, `subfolder`) → {name, subfolder,
// type}: a PNG, JPEG or WebP (checked by content) into the caller's input folder, for image.load.
import { IMAGE_MEDIA_TYPES, imageKindOf } from '../files/image-kind.ts';
import { readUpload } from '../files/read-upload.ts';
import { checkFileName, folderInside } from '../files/safe-names.ts';
import { storeUpload } from '../files/store-upload.ts';
import { HttpError, sendJson } from '../http/respond.ts';
import type { Route } from './route.ts';

const truthy = (value: string | undefined): boolean => value === 'true' || value === '1';

export const uploadRoute: Route = {
  method: 'POST',
  pattern: /^\/upload\/image$/,
  async handle({ req, res, state, caller }) {
    const form = await readUpload(req, state.maxUploadBytes);
    const type = form.fields.type || 'input';
    if (type !== 'input')
      throw new HttpError(400, `Uploads go to the input folder (type "input"), not "${type}".`);
    const subfolder = form.fields.subfolder ?? '';
    const folder = folderInside(state.backend.inputDirFor(caller), subfolder);
    const name = checkFileName(form.fileName);
    if (!imageKindOf(form.bytes))
      throw new HttpError(
        400,
        `${name} is not an image this server reads: upload a ${Object.values(IMAGE_MEDIA_TYPES).join(', ')} file.`,
      );
    const stored = await storeUpload(folder, name, form.bytes, truthy(form.fields.overwrite));
    sendJson(res, 200, { name: stored, subfolder, type });
  },
};
