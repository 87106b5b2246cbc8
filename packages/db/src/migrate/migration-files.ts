// The committed migrations of one provider: prisma/migrations (SQLite) or
// prisma/postgresql/migrations (PostgreSQL), one folder per migration holding migration.sql.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseProvider } from '../database-url.ts';

export interface MigrationFile {
  /** Folder name, e.g. 20250101000000_init; migrations apply in name order. */
  readonly name: string;
  readonly sql: string;
  /** sha256 of migration.sql, hex: what Prisma stores in `_prisma_migrations.checksum`. */
  readonly checksum: string;
}

const prismaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../prisma');

export function defaultMigrationsDir(provider: DatabaseProvider): string {
  return provider === 'sqlite'
    ? path.join(prismaDir, 'migrations')
    : path.join(prismaDir, 'postgresql', 'migrations');
}

export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export function readMigrationFiles(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new Error(`Migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const sql = readFileSync(file, 'utf8');
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}
