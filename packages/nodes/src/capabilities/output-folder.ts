import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { patternRegExp } from '@tessera/graph';
import type { OutputFiles, SavedFile, WriteNewFile } from '../context/capabilities.ts';
import { SAVE_PREFIX_PATTERN } from '../specs/image-save.ts';

const PREFIX = patternRegExp(SAVE_PREFIX_PATTERN);
const EXTENSION = /^\.[a-z0-9]{1,8}$/;
const DIGITS = 5;
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

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

/** Where `once` keys are remembered: `<folder>/.tessera-once/<sha256 of the key>` holds a name. */
const ONCE_FOLDER = '.tessera-once';

const onceMarker = (folder: string, once: string): string =>
  join(folder, ONCE_FOLDER, createHash('sha256').update(once).digest('hex'));

/** The file written under `once` before, if it still holds `bytes`. */
async function writtenOnce(
  folder: string,
  once: string,
  bytes: Uint8Array,
): Promise<SavedFile | undefined> {
  const name = await readFile(onceMarker(folder, once), 'utf8').catch(() => undefined);
  if (name === undefined || !PLAIN_NAME.test(name)) return undefined;
  const kept = await readFile(join(folder, name)).catch(() => undefined);
  return kept?.equals(bytes) ? { name, bytes: bytes.length } : undefined;
}

/** Records that `once` wrote `name` (atomically: a reader sees the old name or the new one). */
async function rememberOnce(folder: string, once: string, name: string): Promise<void> {
  const marker = onceMarker(folder, once);
  await mkdir(join(folder, ONCE_FOLDER), { recursive: true });
  const temp = `${marker}.${randomUUID()}.tmp`;
  await writeFile(temp, name);
  await rename(temp, marker);
}

/**
 * The output folder `root` as an `OutputFiles` capability (created when first written to).
 * Each file is written whole to a hidden temp file (`.<prefix>.<uuid>.tmp`), synced, then
 * hard-linked to its final name — `link` fails rather than replace an existing file, so two
 * writers never overwrite each other, and a reader never sees a partial file — and the temp name
 * is removed. A cancelled or failed write leaves nothing; a process killed mid-write can leave a
 * hidden temp file, never a partial `.png`. Needs a file system with hard links (POSIX, NTFS).
 * A `once` key is recorded (in `.tessera-once/`) before the file is linked, so a write repeated
 * after a crash at any point finds the file it wrote, or writes the one it had not.
 */
export function createOutputFolder(root: string): OutputFiles {
  const folder = resolve(root);
  return {
    async writeNew({ prefix, extension, bytes, signal, once }: WriteNewFile): Promise<SavedFile> {
      if (!PREFIX.test(prefix))
        throw new Error(`refusing file name prefix ${JSON.stringify(prefix)}`);
      if (!EXTENSION.test(extension))
        throw new Error(`refusing file extension ${JSON.stringify(extension)}`);
      signal?.throwIfAborted();
      await mkdir(folder, { recursive: true });
      const before = once === undefined ? undefined : await writtenOnce(folder, once, bytes);
      if (before) return before;
      const temp = join(folder, `.${prefix}.${randomUUID()}.tmp`);
      try {
        await writeTemp(temp, bytes);
        for (let n = await nextNumber(folder, prefix, extension); ; n += 1) {
          signal?.throwIfAborted();
          const name = `${prefix}_${String(n).padStart(DIGITS, '0')}${extension}`;
          try {
            if (once !== undefined) await rememberOnce(folder, once, name);
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
