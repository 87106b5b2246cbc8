import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Loose view of a manifest for tests that break it on purpose. */
export type ManifestJson = Record<string, unknown> & {
  stages: Record<string, Record<string, unknown>>;
  codebooks: Record<string, unknown> & { grids: Record<string, unknown>[] };
};

/** Rewrites `dir/model.json` through `edit` (which mutates the parsed JSON). */
export function editManifest(dir: string, edit: (manifest: ManifestJson) => void): void {
  const path = join(dir, 'model.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as ManifestJson;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}

/**
 * Replaces a package file's content and, unless `keepManifest`, updates its size and sha256
 * wherever the manifest lists it, so that only the content itself is wrong.
 */
export function replaceFile(
  dir: string,
  relativePath: string,
  content: Uint8Array | string,
  options: { keepManifest?: boolean } = {},
): void {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  writeFileSync(join(dir, relativePath), bytes);
  if (options.keepManifest) return;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  editManifest(dir, (manifest) => {
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if (record.path === relativePath) {
        record.bytes = bytes.length;
        record.sha256 = sha256;
      }
      Object.values(record).forEach(visit);
    };
    visit(manifest);
  });
}
