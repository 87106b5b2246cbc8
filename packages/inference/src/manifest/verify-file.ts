import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileDigests } from './file-digests.ts';
import type { PackageFile } from './manifest-schema.ts';
import { ModelPackageError } from './model-package-error.ts';

/** How much of each file to check: its size only, or its size and sha256 (default). */
export type VerifyLevel = 'size' | 'sha256';

/**
 * Checks that a file listed in the manifest exists with the listed size and sha256, and returns
 * its absolute path. `listedAt` says where the manifest lists it (for the message).
 */
export async function verifyPackageFile(
  root: string,
  entry: PackageFile,
  listedAt: string,
  digests: FileDigests,
  level: VerifyLevel,
): Promise<string> {
  const path = join(root, entry.path);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ModelPackageError(
      'missing-file',
      path,
      `missing: the manifest lists it at ${listedAt} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      { cause: error },
    );
  }
  if (!info.isFile()) {
    throw new ModelPackageError('missing-file', path, `not a regular file (listed at ${listedAt})`);
  }
  if (info.size !== entry.bytes) {
    throw new ModelPackageError(
      'size-mismatch',
      path,
      `size is ${info.size} bytes, the manifest (${listedAt}.bytes) says ${entry.bytes}`,
    );
  }
  if (level === 'sha256') {
    const actual = await digests.sha256(path, info.size, info.mtimeMs);
    if (actual !== entry.sha256) {
      throw new ModelPackageError(
        'sha256-mismatch',
        path,
        `sha256 is ${actual}, the manifest (${listedAt}.sha256) says ${entry.sha256}`,
      );
    }
  }
  return path;
}
