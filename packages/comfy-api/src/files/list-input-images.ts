// The images in an input folder, for the editor's Load image list: plain files told to be PNG,
// JPEG or WebP by their first bytes, in the folder and its subfolders (as image.load names them),
// newest first. Hidden files (an upload being written, dot-folders) are left out.
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageKindOf } from './image-kind.ts';

export interface InputImage {
  /** As image.load's `image` param takes it: `photo.png`, `posters/photo.png`. */
  readonly name: string;
  readonly bytes: number;
  readonly modifiedAt: Date;
}

/** The folder depth image.load's names allow (a name and up to four folders above it). */
const MAX_DEPTH = 4;

async function firstBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const head = new Uint8Array(12);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function collect(folder: string, prefix: string, depth: number, into: InputImage[]) {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) await collect(file, name, depth + 1, into);
    } else if (entry.isFile()) {
      const info = await stat(file).catch(() => undefined);
      const head = info && (await firstBytes(file).catch(() => undefined));
      if (info && head && imageKindOf(head))
        into.push({ name, bytes: info.size, modifiedAt: info.mtime });
    }
  }
}

/** At most `limit` images of the folder (none when it does not exist yet), newest first. */
export async function listInputImages(folder: string, limit: number): Promise<InputImage[]> {
  const images: InputImage[] = [];
  await collect(folder, '', 0, images);
  images.sort(
    (a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime() || a.name.localeCompare(b.name),
  );
  return images.slice(0, limit);
}
