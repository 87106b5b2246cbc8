import { readFileSync } from 'node:fs';

/** Tessera's version, from the root package.json. */
export function readVersion(repoRoot: string): string {
  const manifest = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
