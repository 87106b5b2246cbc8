import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsupportedDatabaseUrlError } from './database-url.ts';
import { openDatabase } from './open-database.ts';

describe('openDatabase', () => {
  it('creates the SQLite file and its folders, migrated and in WAL mode', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-open-'));
    try {
      const file = path.join(dir, 'data', 'deep', 'tessera.db');
      const db = await openDatabase({ url: `file:${file}` });
      try {
        expect(existsSync(file)).toBe(true);
        expect(db.provider).toBe('sqlite');
        expect(await db.workflows.list()).toEqual([]);
        const mode =
          await db.prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
        expect(mode[0]?.journal_mode).toBe('wal');
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses URLs of other databases with a message naming the supported ones', async () => {
    await expect(openDatabase({ url: 'mysql://root:secret@localhost/db' })).rejects.toBeInstanceOf(
      UnsupportedDatabaseUrlError,
    );
    await expect(openDatabase({ url: 'mysql://root:secret@localhost/db' })).rejects.toThrow(
      /file:.*postgresql:\/\//,
    );
    await expect(openDatabase({ url: 'mysql://root:secret@localhost/db' })).rejects.not.toThrow(
      /secret/,
    );
  });

  it('fails with the migrator error when PostgreSQL cannot be reached', async () => {
    await expect(openDatabase({ url: 'postgresql://postgres@127.0.0.1:9/none' })).rejects.toThrow(
      /ECONNREFUSED|connect/,
    );
  });
});
