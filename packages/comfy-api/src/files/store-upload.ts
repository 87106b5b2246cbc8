// Writes an upload into the input folder as ComfyUI does: with `overwrite` it replaces a file of
// the same name; without, the same bytes reuse the name and other bytes get "name (1).ext".
// Written to a temporary name first, then renamed: readers never see half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function sameBytes(file: string, bytes: Uint8Array): Promise<boolean | undefined> {
  try {
    return Buffer.from(bytes).equals(await readFile(file));
  } catch {
    return undefined; // no such file
  }
}

/** Stores `bytes` as `name` (or a free variant of it) in `folder`; answers the name used. */
export async function storeUpload(
  folder: string,
  name: string,
  bytes: Uint8Array,
  overwrite: boolean,
): Promise<string> {
  await mkdir(folder, { recursive: true });
  const { name: stem, ext } = path.parse(name);
  let chosen = name;
  if (!overwrite) {
    for (let n = 1; ; n++) {
      const same = await sameBytes(path.join(folder, chosen), bytes);
      if (same !== false) {
        if (same === true) return chosen;
        break;
      }
      chosen = `${stem} (${n})${ext}`;
    }
  }
  const temporary = path.join(folder, `.upload-${randomBytes(8).toString('hex')}`);
  await writeFile(temporary, bytes);
  await rename(temporary, path.join(folder, chosen));
  return chosen;
}
