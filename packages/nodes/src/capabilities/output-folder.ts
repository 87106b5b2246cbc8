import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { patternRegExp } from '@tessera/graph';
import type { OutputFiles, SavedFile, WriteNewFile } from '../context/capabilities.ts';
import { SAVE_PREFIX_PATTERN } from '../specs/image-save.ts';

const PREFIX = patternRegExp(SAVE_PREFIX_PATTERN);
const EXTENSION = /^\.[a-z0-9]{1,8}$/;
const DIGITS = 5;

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number after the highest `<prefix>_<n><ext>` in the folder (1 when there is none). */
async function nextNumber(folder: string, prefix: string, extension: string): Promise<number> {
  const numbered = new RegExp(
    `^${escapeRegExp(prefix)}_(\\d{${DIGITS},})${escapeRegExp(extension)}$`,
  );
  let highest = 0;
  for (const name of await readdir(folder)) {
    const match = numbered.exec(name);
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

async function writeTemp(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The output folder `root` as an `OutputFiles` capability (created when first written to).
 * Each file is written whole to a hidden temp file (`.<prefix>.<uuid>.tmp`), synced, then
 * hard-linked to its final name — `link` fails rather than replace an existing file, so two
 * writers never overwrite each other, and a reader never sees a partial file — and the temp name
 * is removed. A cancelled or failed write leaves nothing; a process killed mid-write can leave a
 * hidden temp file, never a partial `.png`. Needs a file system with hard links (POSIX, NTFS).
 */
export function createOutputFolder(root: string): OutputFiles {
  const folder = resolve(root);
  return {
    async writeNew({ prefix, extension, bytes, signal }: WriteNewFile): Promise<SavedFile> {
      if (!PREFIX.test(prefix))
        throw new Error(`refusing file name prefix ${JSON.stringify(prefix)}`);
      if (!EXTENSION.test(extension))
        throw new Error(`refusing file extension ${JSON.stringify(extension)}`);
      signal?.throwIfAborted();
      await mkdir(folder, { recursive: true });
      const temp = join(folder, `.${prefix}.${randomUUID()}.tmp`);
      try {
        await writeTemp(temp, bytes);
        for (let n = await nextNumber(folder, prefix, extension); ; n += 1) {
          signal?.throwIfAborted();
          const name = `${prefix}_${String(n).padStart(DIGITS, '0')}${extension}`;
          try {
            await link(temp, join(folder, name));
            return { name, bytes: bytes.length };
          } catch (error) {
            if (errorCode(error) !== 'EEXIST') throw error;
          }
        }
      } finally {
        await unlink(temp).catch(() => undefined);
      }
    },
  };
}
