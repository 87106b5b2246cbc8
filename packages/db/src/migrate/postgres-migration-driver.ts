// Start-up migrations on PostgreSQL through pg (a query without parameters uses the simple
// protocol, which runs a whole migration.sql).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MigrationDriver } from './migration-driver.ts';
import type { MigrationFile } from './migration-files.ts';
import { postgresMigrationsTable, type MigrationRecord } from './migrations-table.ts';

/** The advisory lock key Prisma's engine takes while migrating ("prisma" in ASCII-ish). */
const MIGRATION_LOCK_KEY = 72707369;

interface RecordRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function openPostgresMigrationDriver(url: string): Promise<MigrationDriver> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {
    // a dropped connection surfaces on the next query
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }

  const tableExists = async () => {
    const result = await client.query<{ exists: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS exists",
    );
    return result.rows[0]?.exists != null;
  };

  return {
    provider: 'postgresql',
    readRecords: async () => {
      if (!(await tableExists())) return [];
      const result = await client.query<RecordRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      return result.rows.map((row): MigrationRecord => ({
        name: row.migration_name,
        checksum: row.checksum,
        finished: row.finished_at !== null,
        rolledBack: row.rolled_back_at !== null,
      }));
    },
    apply: async (migration: MigrationFile) => {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
        await client.query(postgresMigrationsTable);
        const done = await client.query(
          'SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
          [migration.name],
        );
        if (done.rowCount) {
          await client.query('COMMIT');
          return 'skipped';
        }
        const startedAt = new Date();
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query('COMMIT');
        return 'applied';
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: () => client.end(),
  };
}
