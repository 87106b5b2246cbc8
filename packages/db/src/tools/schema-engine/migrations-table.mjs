// The `_prisma_migrations` table exactly as Prisma's native engine creates it.
// (src/migrate/migrations-table.ts keeps the same DDL for the start-up migrator; a test checks
// that `prisma migrate status` accepts what that migrator writes.)

export const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export const POSTGRES_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * True for the engine's read of the migrations table.
 * @param {string} sql
 */
export function readsMigrationsTable(sql) {
  return /FROM\s+[`"]?_prisma_migrations[`"]?/i.test(sql);
}

/**
 * The wasm engine reports P1014 when that read finds no table, where the native engine treats
 * the history as empty: wrap queryRaw to create the table and read again.
 * @param {import('@prisma/driver-adapter-utils').SqlDriverAdapter} adapter
 * @param {string} ddl
 */
export function createMigrationsTableOnFirstRead(adapter, ddl) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (
        !readsMigrationsTable(query.sql) ||
        !/TableDoesNotExist|no such table|does not exist/.test(String(error))
      )
        throw error;
      await adapter.executeScript(ddl);
      return queryRaw(query);
    }
  };
}
