import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database.ts';
import { copyMigrations, type MigrationsCopy } from '../testing/migrations-copy.ts';
import {
  createTestDatabaseUrl,
  providers,
  type TestDatabaseUrl,
} from '../testing/test-database.ts';
import { applyMigrations, readMigrationState } from './apply-migrations.ts';
import {
  FailedMigrationError,
  MigrationApplyError,
  MigrationChecksumError,
  UnknownMigrationError,
} from './migration-errors.ts';
import { defaultMigrationsDir, readMigrationFiles } from './migration-files.ts';

describe.each(providers)('applyMigrations on %s', (provider) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const freshDatabase = async (): Promise<TestDatabaseUrl> => {
    const db = await createTestDatabaseUrl(provider);
    cleanups.push(() => db.drop());
    return db;
  };
  const scratchMigrations = (): MigrationsCopy => {
    const copy = copyMigrations(provider);
    cleanups.push(() => copy.remove());
    return copy;
  };
  const committed = readMigrationFiles(defaultMigrationsDir(provider)).map((m) => m.name);

  it('applies every committed migration to a new database, then nothing on the next start', async () => {
    const { url } = await freshDatabase();
    expect(await applyMigrations({ url })).toEqual({
      applied: committed,
      pending: [],
      newlyApplied: committed,
    });
    expect(await applyMigrations({ url })).toEqual({
      applied: committed,
      pending: [],
      newlyApplied: [],
    });
    expect(await readMigrationState({ url })).toEqual({ applied: committed, pending: [] });
  });

  it('lets several processes start at once: each migration is applied exactly once', async () => {
    const { url } = await freshDatabase();
    const results = await Promise.all([
      applyMigrations({ url }),
      applyMigrations({ url }),
      applyMigrations({ url }),
    ]);
    expect(results.flatMap((r) => r.newlyApplied).sort()).toEqual([...committed].sort());
    const db = await openDatabase({ url, skipMigrations: true });
    cleanups.push(() => db.close());
    const rows = await db.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(
      'SELECT COUNT(*) AS n FROM "_prisma_migrations"',
    );
    expect(Number(rows[0]?.n)).toBe(committed.length);
  });

  it('applies a migration added later, and only that one', async () => {
    const { url } = await freshDatabase();
    const migrations = scratchMigrations();
    await applyMigrations({ url, migrationsDir: migrations.dir });
    migrations.add(
      '99990101000000_add_note',
      'CREATE TABLE "Note" ("id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT NOT NULL);',
    );
    expect(await readMigrationState({ url, migrationsDir: migrations.dir })).toMatchObject({
      pending: ['99990101000000_add_note'],
    });
    const result = await applyMigrations({ url, migrationsDir: migrations.dir });
    expect(result.newlyApplied).toEqual(['99990101000000_add_note']);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const { url } = await freshDatabase();
    const migrations = scratchMigrations();
    await applyMigrations({ url, migrationsDir: migrations.dir });
    const first = committed[0]!;
    migrations.edit(first, (sql) => `${sql}\n-- tampered\n`);
    const attempt = applyMigrations({ url, migrationsDir: migrations.dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`"${first}" was changed after it was applied`),
    );
  });

  it('rolls back a failing migration completely and records nothing', async () => {
    const { url } = await freshDatabase();
    const migrations = scratchMigrations();
    await applyMigrations({ url, migrationsDir: migrations.dir });
    migrations.add(
      '99990101000000_broken',
      'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nTHIS IS NOT SQL;',
    );
    await expect(applyMigrations({ url, migrationsDir: migrations.dir })).rejects.toBeInstanceOf(
      MigrationApplyError,
    );
    expect(await readMigrationState({ url, migrationsDir: migrations.dir })).toMatchObject({
      pending: ['99990101000000_broken'],
    });
    const db = await openDatabase({ url, skipMigrations: true });
    cleanups.push(() => db.close());
    await expect(db.prisma.$queryRawUnsafe('SELECT * FROM "Half"')).rejects.toThrow();
  });

  it('refuses a history with a failed migration or migrations this code does not know', async () => {
    const { url } = await freshDatabase();
    await applyMigrations({ url });
    const db = await openDatabase({ url, skipMigrations: true });
    cleanups.push(() => db.close());
    const insert = (name: string, finished: boolean) =>
      db.prisma.$executeRawUnsafe(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ('${name}', 'x', ${finished ? 'CURRENT_TIMESTAMP' : 'NULL'}, '${name}', CURRENT_TIMESTAMP, 0)`,
      );

    await insert('99990101000000_from_the_future', true);
    await expect(applyMigrations({ url })).rejects.toBeInstanceOf(UnknownMigrationError);
    await db.prisma.$executeRawUnsafe(
      `DELETE FROM "_prisma_migrations" WHERE id = '99990101000000_from_the_future'`,
    );

    await insert(committed[0]!, false);
    await expect(applyMigrations({ url })).rejects.toBeInstanceOf(FailedMigrationError);
  });
});

describe('applyMigrations on sqlite table rebuilds', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('rebuilds a referenced table without cascading through its foreign keys', async () => {
    const database = await createTestDatabaseUrl('sqlite');
    const migrations = copyMigrations('sqlite');
    cleanups.push(
      () => database.drop(),
      () => migrations.remove(),
    );
    const { url } = database;
    await applyMigrations({ url, migrationsDir: migrations.dir });
    const db = await openDatabase({ url, skipMigrations: true });
    cleanups.push(() => db.close());
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Runner" (id, name, capabilities) VALUES ('r1', 'gpu', '{}')`,
    );
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Run" (id, document, runnerId, updatedAt) VALUES ('run1', '{}', 'r1', CURRENT_TIMESTAMP)`,
    );
    // How Prisma rewrites an SQLite table; with foreign keys on, DROP TABLE would set
    // Run.runnerId to NULL (ON DELETE SET NULL).
    migrations.add(
      '99990101000000_rebuild_runner',
      `PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Runner" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "capabilities" JSONB NOT NULL,
  "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO "new_Runner" SELECT "id", "name", "capabilities", "lastSeenAt", "createdAt" FROM "Runner";
DROP TABLE "Runner";
ALTER TABLE "new_Runner" RENAME TO "Runner";
CREATE UNIQUE INDEX "Runner_name_key" ON "Runner"("name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`,
    );
    await applyMigrations({ url, migrationsDir: migrations.dir });
    const rows = await db.prisma.$queryRawUnsafe<{ runnerId: string | null }[]>(
      `SELECT "runnerId" FROM "Run" WHERE id = 'run1'`,
    );
    expect(rows).toEqual([{ runnerId: 'r1' }]);
  });
});
