// What the start-up migrator needs from a database; one implementation per provider.
import type { DatabaseProvider } from '../database-url.ts';
import type { MigrationFile } from './migration-files.ts';
import type { MigrationRecord } from './migrations-table.ts';

export interface MigrationDriver {
  readonly provider: DatabaseProvider;
  /** The rows of `_prisma_migrations`; empty when the table does not exist yet. */
  readRecords(): Promise<MigrationRecord[]>;
  /**
   * Runs the migration and records it, in one transaction, holding a lock that serialises
   * concurrent migrators. 'skipped' when another process applied it meanwhile.
   */
  apply(migration: MigrationFile): Promise<'applied' | 'skipped'>;
  close(): Promise<void>;
}

/** Timestamps in the text form Prisma's engine writes into SQLite. */
export function prismaSqliteTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}
