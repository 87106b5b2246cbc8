// A fresh database per test suite, on a temporary SQLite file or on the test PostgreSQL server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type Database } from '../open-database.ts';

export const providers = ['sqlite', 'postgresql'] as const;
export type TestProvider = (typeof providers)[number];

export interface TestDatabaseUrl {
  readonly url: string;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database. */
export async function createTestDatabaseUrl(provider: TestProvider): Promise<TestDatabaseUrl> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-db-test-'));
    return {
      url: `file:${path.join(dir, 'nested', 'tessera.db')}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export interface TestDatabase {
  readonly url: string;
  readonly db: Database;
  /** Another connection (its own Prisma client) to the same database. */
  openAnother(): Promise<Database>;
}

/** Registers hooks giving the surrounding suite its own migrated database. */
export function useTestDatabase(provider: TestProvider): TestDatabase {
  let created: TestDatabaseUrl | undefined;
  let db: Database | undefined;
  const others: Database[] = [];
  beforeAll(async () => {
    created = await createTestDatabaseUrl(provider);
    db = await openDatabase({ url: created.url });
  });
  afterAll(async () => {
    await Promise.all([db, ...others].flatMap((open) => (open ? [open.close()] : [])));
    await created?.drop();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('test database used outside its suite');
    return value;
  };
  return {
    get url() {
      return need(created).url;
    },
    get db() {
      return need(db);
    },
    openAnother: async () => {
      const another = await openDatabase({ url: need(created).url });
      others.push(another);
      return another;
    },
  };
}
