import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseUrlFromEnv, defaultDatabaseUrl } from './env.ts';
import { parseDatabaseUrl, redactUrl } from './database-url.ts';

describe('database URLs', () => {
  it('resolves relative SQLite paths against the working directory', () => {
    expect(parseDatabaseUrl('file:./data/x.db', '/srv/app')).toEqual({
      provider: 'sqlite',
      url: 'file:/srv/app/data/x.db',
      file: '/srv/app/data/x.db',
    });
    expect(parseDatabaseUrl('file:/abs/x.db')).toMatchObject({ file: '/abs/x.db' });
  });

  it('recognises both PostgreSQL schemes', () => {
    expect(parseDatabaseUrl('postgres://u@h/db').provider).toBe('postgresql');
    expect(parseDatabaseUrl('postgresql://u@h:5433/db').provider).toBe('postgresql');
  });

  it('hides passwords in messages', () => {
    expect(redactUrl('postgresql://tessera:hunter2@db:5432/tessera')).toBe(
      'postgresql://tessera:***@db:5432/tessera',
    );
  });

  it('defaults to data/tessera.db at the repository root', () => {
    expect(databaseUrlFromEnv({})).toBe(defaultDatabaseUrl);
    expect(defaultDatabaseUrl.endsWith(`${path.sep}data${path.sep}tessera.db`)).toBe(true);
    expect(databaseUrlFromEnv({ DATABASE_URL: 'postgresql://h/db' })).toBe('postgresql://h/db');
  });
});
