import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema } from './derive-postgres-schema.ts';
import { schemaPaths } from './schema-paths.ts';

const migrationFolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe('the two schemas and their migrations', () => {
  it('keeps prisma/postgresql/schema.prisma derived from prisma/schema.prisma (run sync-schemas)', () => {
    const derived = derivePostgresSchema(readFileSync(schemaPaths.sqliteSchema, 'utf8'));
    expect(readFileSync(schemaPaths.postgresSchema, 'utf8')).toBe(derived);
  });

  it('changes only the provider and the client output folder', () => {
    const sqlite = readFileSync(schemaPaths.sqliteSchema, 'utf8').split('\n');
    const postgres = readFileSync(schemaPaths.postgresSchema, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('// GENERATED') && !line.startsWith('// Do not edit'));
    const changed = sqlite.filter((line, i) => line !== postgres[i]);
    expect(changed.map((line) => line.trim())).toEqual([
      'output       = "../packages/db/src/generated/sqlite"',
      'provider = "sqlite"',
    ]);
  });

  it('has a PostgreSQL migration for every SQLite migration, under the same name', () => {
    expect(migrationFolders(schemaPaths.postgresMigrations)).toEqual(
      migrationFolders(schemaPaths.sqliteMigrations),
    );
    for (const dir of [schemaPaths.sqliteMigrations, schemaPaths.postgresMigrations]) {
      for (const name of migrationFolders(dir))
        expect(existsSync(path.join(dir, name, 'migration.sql'))).toBe(true);
    }
  });

  it('declares each folder’s provider in its migration_lock.toml', () => {
    const lock = (dir: string) => readFileSync(path.join(dir, 'migration_lock.toml'), 'utf8');
    expect(lock(schemaPaths.sqliteMigrations)).toMatch(/provider = "sqlite"/);
    expect(lock(schemaPaths.postgresMigrations)).toMatch(/provider = "postgresql"/);
  });
});
