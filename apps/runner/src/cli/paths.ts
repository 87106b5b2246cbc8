import { isAbsolute, join, resolve } from 'node:path';

/** The repository root (this file is apps/runner/src/cli/paths.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../../..');

/** The model package bundled with the repository, used when `--models` is not given. */
export const BUNDLED_MODEL_DIR = join(REPO_ROOT, 'models', 'tessera-tiny');

/**
 * Where `tessera run` saves images when `--out` is not given: `outputs/` in the data folder the
 * web server uses (`TESSERA_DATA_DIR`, relative to the repository; default `data/`, git-ignored).
 */
export function defaultOutDir(dataDir = 'data'): string {
  return join(resolve(REPO_ROOT, dataDir), 'outputs');
}

/** `path` as the user meant it: relative to the directory they ran the command from. */
export function userPath(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
