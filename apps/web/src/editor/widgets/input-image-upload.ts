// Sends an image file the user chose or dropped to their input folder (tRPC inputImages.upload,
// which checks it as the ComfyUI API's uploads are checked); answers the name image.load takes.
import { MAX_INPUT_IMAGE_BYTES } from '@tessera/nodes/specs';
import { api } from '../workflows/api.ts';

/** The file's bytes as base64, without holding a second copy as a string of bytes. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name} could not be read`));
    reader.readAsDataURL(file);
  });
}

/** Uploads `file`; rejects with a message for the user when it is refused. */
export async function uploadInputImage(file: File): Promise<string> {
  if (file.size > MAX_INPUT_IMAGE_BYTES)
    throw new Error(
      `${file.name} is larger than ${Math.round(MAX_INPUT_IMAGE_BYTES / 1024 / 1024)} MB: choose a smaller image.`,
    );
  const { name } = await api().inputImages.upload.mutate({
    fileName: file.name,
    base64: await base64Of(file),
  });
  return name;
}

/** Where the browser reads an uploaded image (the owner's own input folder only). */
export const inputImageUrl = (name: string): string =>
  `/api/input-image?name=${encodeURIComponent(name)}`;
