// Where things live, relative to the repository root.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const toolsDir = path.join(repoRoot, '.tools');
export const pnpmBin = path.join(toolsDir, 'node_modules', '.bin', 'pnpm');

/**
 * Reads one string field of a package.json, or undefined when the file or field is missing.
 * @param {string} file
 * @param {string} field
 * @returns {string | undefined}
 */
export function readPackageField(file, field) {
  if (!fs.existsSync(file)) return undefined;
  /** @type {unknown} */
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const value = /** @type {Record<string, unknown>} */ (manifest)[field];
  return typeof value === 'string' ? value : undefined;
}

/** The pnpm version pinned by the root package.json's `packageManager` field. */
export function pinnedPnpmVersion() {
  const pinned = readPackageField(path.join(repoRoot, 'package.json'), 'packageManager');
  const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(pinned ?? '');
  if (!match) throw new Error('package.json must pin pnpm as "packageManager": "pnpm@X.Y.Z"');
  return match[1] ?? '';
}
