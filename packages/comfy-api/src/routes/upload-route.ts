// POST /upload/image (multipart: `image`, `overwrite`, `type`, `subfolder`) → {name, subfolder,
// type}: a PNG, JPEG or WebP (checked by content) into the caller's input folder, for image.load.
import { acceptImageUpload } from '../files/accept-image-upload.ts';
import { readUpload } from '../files/read-upload.ts';
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
    const stored = await acceptImageUpload({
      inputDir: state.backend.inputDirFor(caller),
      subfolder,
      fileName: form.fileName,
      bytes: form.bytes,
      overwrite: truthy(form.fields.overwrite),
      maxBytes: state.maxUploadBytes,
    });
    sendJson(res, 200, { name: stored, subfolder, type });
  },
};
