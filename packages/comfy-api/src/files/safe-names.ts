// Names and subfolders from a request, checked before they touch the file system: a file name is
// one plain path segment; a subfolder stays inside its folder.
import path from 'node:path';
import { HttpError } from '../http/respond.ts';

/** A file name: no separator, no `..`, not absolute, no control characters, at most 200 chars. */
export function checkFileName(name: string): string {
  const bad =
    name === '' ||
    name.length > 200 ||
    name.startsWith('/') ||
    name.includes('..') ||
    /[/\\]/.test(name) ||
    [...name].some((c) => c.charCodeAt(0) < 0x20) ||
    path.isAbsolute(name) ||
    name === '.';
  if (bad)
    throw new HttpError(
      400,
      `Invalid file name ${JSON.stringify(name)}: use a plain name without folders or "..".`,
    );
  return name;
}

/**
 * `<base>/<subfolder>` resolved; 403 when the subfolder leads out of `base` (absolute, `..`).
 */
export function folderInside(base: string, subfolder: string): string {
  const root = path.resolve(base);
  const folder = path.resolve(root, subfolder);
  const relative = path.relative(root, folder);
  if (subfolder.includes('\0') || relative.startsWith('..') || path.isAbsolute(relative))
    throw new HttpError(403, `The subfolder ${JSON.stringify(subfolder)} is outside the folder.`);
  return folder;
}
