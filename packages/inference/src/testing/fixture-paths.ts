import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The committed fixture package (see `tiny-package.ts`). Read it; copy it to change it. */
export const TINY_PACKAGE_DIR = join(import.meta.dirname, 'fixtures', 'tiny-package');

/** The real tessera-tiny package in the repository (50 MB: for smoke tests only). */
export const TESSERA_TINY_DIR = resolve(import.meta.dirname, '../../../../models/tessera-tiny');

/** A private copy of a package directory in a fresh temp dir; `remove()` deletes it. */
export function copyPackage(source: string = TINY_PACKAGE_DIR): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'tessera-package-'));
  const dir = join(root, 'package');
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
