// The one place packages/db reads process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The embedded default: an SQLite file under the repository's data/ folder. */
export const defaultDatabaseUrl = `file:${path.join(repoRoot, 'data', 'tessera.db')}`;

/** DATABASE_URL when set (file: or postgresql://), else the embedded SQLite default. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : defaultDatabaseUrl;
}
