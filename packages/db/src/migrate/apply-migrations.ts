// The start-up migrator: applies the committed migrations that a database lacks, each in its
// own transaction, recording them in `_prisma_migrations` the way Prisma does.
import { parseDatabaseUrl, type DatabaseTarget } from '../database-url.ts';
import { MigrationApplyError } from './migration-errors.ts';
import type { MigrationDriver } from './migration-driver.ts';
import { defaultMigrationsDir, readMigrationFiles } from './migration-files.ts';
import { planMigrations } from './migration-plan.ts';
import { openPostgresMigrationDriver } from './postgres-migration-driver.ts';
import { openSqliteMigrationDriver } from './sqlite-migration-driver.ts';

export interface MigrationOptions {
  readonly url: string;
  /** Defaults to the provider's committed folder: prisma/migrations or prisma/postgresql/migrations. */
  readonly migrationsDir?: string | undefined;
}

export interface MigrationState {
  /** Migrations recorded as applied, in order. */
  readonly applied: string[];
  /** Committed migrations the database does not have yet, in order. */
  readonly pending: string[];
}

export interface ApplyMigrationsResult extends MigrationState {
  /** The migrations this call applied. */
  readonly newlyApplied: string[];
}

async function openDriver(target: DatabaseTarget, create: boolean): Promise<MigrationDriver> {
  return target.provider === 'sqlite'
    ? openSqliteMigrationDriver(target.file, { create })
    : openPostgresMigrationDriver(target.url);
}

function migrationsDirOf(target: DatabaseTarget, options: MigrationOptions): string {
  return options.migrationsDir ?? defaultMigrationsDir(target.provider);
}

/** Applies pending migrations; safe to call from several processes at once. */
export async function applyMigrations(options: MigrationOptions): Promise<ApplyMigrationsResult> {
  const target = parseDatabaseUrl(options.url);
  const files = readMigrationFiles(migrationsDirOf(target, options));
  const driver = await openDriver(target, true);
  try {
    const plan = planMigrations(files, await driver.readRecords());
    const newlyApplied: string[] = [];
    for (const migration of plan.pending) {
      try {
        if ((await driver.apply(migration)) === 'applied') newlyApplied.push(migration.name);
      } catch (error) {
        throw new MigrationApplyError(migration.name, error);
      }
    }
    return {
      applied: [...plan.applied, ...plan.pending.map((m) => m.name)],
      pending: [],
      newlyApplied,
    };
  } finally {
    await driver.close();
  }
}

/** Reads the migration state without changing anything (a missing SQLite file throws). */
export async function readMigrationState(options: MigrationOptions): Promise<MigrationState> {
  const target = parseDatabaseUrl(options.url);
  const files = readMigrationFiles(migrationsDirOf(target, options));
  const driver = await openDriver(target, false);
  try {
    const plan = planMigrations(files, await driver.readRecords());
    return { applied: plan.applied, pending: plan.pending.map((m) => m.name) };
  } finally {
    await driver.close();
  }
}
