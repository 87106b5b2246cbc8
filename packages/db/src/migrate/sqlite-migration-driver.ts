// Start-up migrations on SQLite through better-sqlite3 (`exec` runs a whole migration.sql).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MigrationDriver } from './migration-driver.ts';
import { prismaSqliteTimestamp } from './migration-driver.ts';
import type { MigrationFile } from './migration-files.ts';
import { sqliteMigrationsTable, type MigrationRecord } from './migrations-table.ts';

interface RecordRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
}

export interface SqliteDriverOptions {
  /** Create the file (and its folder) when missing; health checks pass false. */
  readonly create: boolean;
}

export function openSqliteMigrationDriver(
  file: string,
  options: SqliteDriverOptions,
): MigrationDriver {
  if (options.create && file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { fileMustExist: !options.create, timeout: 15_000 });
  // WAL lets readers work while a writer commits; the mode is stored in the file.
  if (options.create && file !== ':memory:') db.pragma('journal_mode = WAL');

  const tableExists = () =>
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get() !== undefined;

  const isApplied = (name: string) =>
    db
      .prepare(
        'SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .get(name) !== undefined;

  return {
    provider: 'sqlite',
    readRecords: () => {
      if (!tableExists()) return Promise.resolve([]);
      const rows = db
        .prepare(
          'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
        )
        .all() as RecordRow[];
      return Promise.resolve(
        rows.map((row): MigrationRecord => ({
          name: row.migration_name,
          checksum: row.checksum,
          finished: row.finished_at !== null,
          rolledBack: row.rolled_back_at !== null,
        })),
      );
    },
    apply: (migration: MigrationFile) => {
      // Table rebuilds in Prisma's SQLite migrations need foreign keys off, which SQLite only
      // allows outside a transaction; the check below still refuses dangling references.
      db.pragma('foreign_keys = OFF');
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          db.exec(sqliteMigrationsTable);
          if (isApplied(migration.name)) {
            db.exec('COMMIT');
            return Promise.resolve('skipped' as const);
          }
          const startedAt = prismaSqliteTimestamp(new Date());
          db.exec(migration.sql);
          const violations = db.pragma('foreign_key_check') as unknown[];
          if (violations.length > 0)
            throw new Error(`foreign key check failed: ${JSON.stringify(violations.slice(0, 3))}`);
          db.prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
          ).run(
            randomUUID(),
            migration.checksum,
            prismaSqliteTimestamp(new Date()),
            migration.name,
            startedAt,
          );
          db.exec('COMMIT');
          return Promise.resolve('applied' as const);
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        db.pragma('foreign_keys = ON');
      }
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
