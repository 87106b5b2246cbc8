// Shared by packages/db/prisma.config.ts and prisma.postgresql.config.ts: what the Prisma CLI
// needs on these machines. The CLI loads the config before it looks for the schema engine.
import { chmodSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(packageDir, '../..');

/** Makes the CLI run the wasm schema engine shim instead of downloading the native binary. */
export function useSchemaEngineShim(): void {
  const shim = path.join(packageDir, 'src/tools/schema-engine.mjs');
  // Git keeps the executable bit, but archives and some checkouts lose it.
  if ((statSync(shim).mode & 0o111) === 0) chmodSync(shim, 0o755);
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= shim;
}

/**
 * The SQLite URL for the CLI: DATABASE_URL when it is a `file:` URL (a relative path counts
 * from the directory the command was started in), else `data/tessera.db` at the repository root.
 */
export function sqliteUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url?.startsWith('file:')) return `file:${path.join(repoRoot, 'data/tessera.db')}`;
  const file = url.slice('file:'.length);
  return `file:${path.resolve(env.INIT_CWD ?? process.cwd(), file)}`;
}

/** DATABASE_URL when it names a PostgreSQL server. */
export function postgresUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}
