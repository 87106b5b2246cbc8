// Compares the committed migrations with what the database has recorded.
import {
  FailedMigrationError,
  MigrationChecksumError,
  UnknownMigrationError,
} from './migration-errors.ts';
import type { MigrationFile } from './migration-files.ts';
import type { MigrationRecord } from './migrations-table.ts';

export interface MigrationPlan {
  readonly applied: string[];
  readonly pending: MigrationFile[];
}

/**
 * Throws when the history cannot be continued safely: an applied migration was edited, one is
 * recorded as failed, or the database knows migrations the folder does not.
 */
export function planMigrations(
  files: readonly MigrationFile[],
  records: readonly MigrationRecord[],
): MigrationPlan {
  const live = records.filter((record) => !record.rolledBack);
  const failed = live.find((record) => !record.finished);
  if (failed) throw new FailedMigrationError(failed.name);

  const byName = new Map(live.map((record) => [record.name, record]));
  const known = new Set(files.map((file) => file.name));
  const unknown = [...byName.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UnknownMigrationError(unknown);

  const applied: string[] = [];
  const pending: MigrationFile[] = [];
  for (const file of files) {
    const record = byName.get(file.name);
    if (!record) {
      pending.push(file);
    } else if (record.checksum !== file.checksum) {
      throw new MigrationChecksumError(file.name);
    } else {
      applied.push(file.name);
    }
  }
  return { applied, pending };
}
