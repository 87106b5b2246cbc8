import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrationFiles, defaultMigrationsDir } from './migrate/migration-files.ts';
import { openDatabase, type Database } from './open-database.ts';
import { copyMigrations } from './testing/migrations-copy.ts';
import { providers, useTestDatabase } from './testing/test-database.ts';

describe.each(providers)('health() on %s', (provider) => {
  const t = useTestDatabase(provider);
  const committed = readMigrationFiles(defaultMigrationsDir(provider)).map((m) => m.name);

  it('reports a reachable, up-to-date database', async () => {
    expect(await t.db.health()).toEqual({
      provider,
      reachable: true,
      migrations: { applied: committed, pending: [] },
    });
  });

  it('lists migrations that are committed but not applied yet', async () => {
    const migrations = copyMigrations(provider);
    try {
      migrations.add('99990101000000_later', 'SELECT 1;');
      const db = await openDatabase({
        url: t.url,
        migrationsDir: migrations.dir,
        skipMigrations: true,
      });
      try {
        expect((await db.health()).migrations).toEqual({
          applied: committed,
          pending: ['99990101000000_later'],
        });
      } finally {
        await db.close();
      }
    } finally {
      migrations.remove();
    }
  });
});

describe('health() of an unreachable database', () => {
  const opened: Database[] = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tessera-health-'));
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()));
    rmSync(scratch, { recursive: true, force: true });
  });

  it('says PostgreSQL is unreachable instead of throwing', async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    const db = await openDatabase({
      url: 'postgresql://postgres@127.0.0.1:9/none',
      skipMigrations: true,
    });
    opened.push(db);
    const health = await db.health();
    expect(health).toMatchObject({
      provider: 'postgresql',
      reachable: false,
      migrations: { applied: [], pending: [] },
    });
    expect(health.error).toEqual(expect.any(String));
  });

  it('says an SQLite file that cannot be opened is unreachable', async () => {
    const file = path.join(scratch, 'missing-folder', 'x.db');
    const db = await openDatabase({ url: `file:${file}`, skipMigrations: true });
    opened.push(db);
    expect(await db.health()).toMatchObject({ provider: 'sqlite', reachable: false });
    expect(existsSync(file)).toBe(false);
  });
});
