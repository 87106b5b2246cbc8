// One image upload into an input folder, with every check an upload gets wherever it comes from
// (the API's POST /upload/image, the editor's Load image node): at most `maxBytes`, a PNG, JPEG or
// WebP by content, a plain file name, a subfolder that stays inside the folder.
import { HttpError } from '../http/respond.ts';
import { imageKindOf } from './image-kind.ts';
import { checkFileName, folderInside } from './safe-names.ts';
import { storeUpload } from './store-upload.ts';

export interface ImageUpload {
  /** The caller's input folder. */
  readonly inputDir: string;
  /** A folder inside it ('' for the folder itself). */
  readonly subfolder: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Replace a file of the same name; otherwise other bytes get a free variant of the name. */
  readonly overwrite: boolean;
  readonly maxBytes: number;
}

/**
 * Stores the upload; answers the name it was stored under. Throws `HttpError` (400, 403 or 413,
 * with a message for a person) when the upload is refused.
 */
export async function acceptImageUpload(upload: ImageUpload): Promise<string> {
  if (upload.bytes.byteLength > upload.maxBytes)
    throw new HttpError(413, `The image is larger than ${upload.maxBytes} bytes.`);
  const folder = folderInside(upload.inputDir, upload.subfolder);
  const name = checkFileName(upload.fileName);
  if (!imageKindOf(upload.bytes))
    throw new HttpError(
      400,
      `${name} is not an image this server reads: upload a PNG, JPEG or WebP file.`,
    );
  return storeUpload(folder, name, upload.bytes, upload.overwrite);
}
