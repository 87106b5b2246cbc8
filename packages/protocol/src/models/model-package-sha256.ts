// One hash for a whole model package, so a workflow can pin the package it was made with.
import { sha256Hex } from '@tessera/graph/sha256';
import type { z } from 'zod';
import type { zRunnerModel } from '../events/runner-events.ts';

/**
 * The package's sha256: over its files' `path:sha256\n` lines, sorted by path. Two runners
 * holding byte-identical packages get the same hash, whatever order they listed the files in.
 */
export function modelPackageSha256(model: Pick<z.input<typeof zRunnerModel>, 'files'>): string {
  const lines = Object.entries(model.files)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, sha256]) => `${path}:${sha256}\n`)
    .join('');
  return sha256Hex(lines);
}
