// The real Prisma CLI, offline, through the wasm schema engine shim: what developers run.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../migrate/apply-migrations.ts';
import { createTestDatabaseUrl, useTestDatabase } from '../testing/test-database.ts';
import { packageDir } from './prisma-cli-setup.ts';
import { runPrisma } from './run-prisma.ts';
import { schemaPaths } from './schema-paths.ts';

const CLI_TIMEOUT = 90_000;

describe('the schema engine shim', () => {
  it('answers --version like the native engine', async () => {
    const { stdout } = await promisify(execFile)(
      path.join(packageDir, 'src/tools/schema-engine.mjs'),
      ['--version'],
    );
    expect(stdout.trim()).toMatch(/^schema-engine-cli [0-9a-f]{40}$/);
  });
});

describe('Prisma CLI on SQLite', () => {
  it(
    'sees no drift between prisma/migrations and prisma/schema.prisma',
    { timeout: CLI_TIMEOUT },
    async () => {
      const db = await createTestDatabaseUrl('sqlite');
      try {
        const result = await runPrisma(
          'sqlite',
          [
            'migrate',
            'diff',
            '--from-migrations',
            schemaPaths.sqliteMigrations,
            '--to-schema',
            schemaPaths.sqliteSchema,
            '--exit-code',
          ],
          { env: { DATABASE_URL: db.url } },
        );
        expect(result.stdout + result.stderr).toContain('No difference detected');
        expect(result.code).toBe(0);
      } finally {
        await db.drop();
      }
    },
  );

  it(
    'agrees that a database migrated at start-up is up to date',
    { timeout: CLI_TIMEOUT },
    async () => {
      const db = await createTestDatabaseUrl('sqlite');
      try {
        await applyMigrations({ url: db.url });
        const result = await runPrisma('sqlite', ['migrate', 'status'], {
          env: { DATABASE_URL: db.url },
        });
        expect(result.stdout).toContain('Database schema is up to date!');
        expect(result.code).toBe(0);
      } finally {
        await db.drop();
      }
    },
  );

  it(
    'runs `migrate dev` on a new database, replaying the migrations in a shadow database',
    { timeout: CLI_TIMEOUT },
    async () => {
      const db = await createTestDatabaseUrl('sqlite');
      try {
        const result = await runPrisma('sqlite', ['migrate', 'dev'], {
          env: { DATABASE_URL: db.url },
        });
        expect(result.stdout + result.stderr).toContain(
          'Your database is now in sync with your schema',
        );
        expect(result.code).toBe(0);
        const status = await runPrisma('sqlite', ['migrate', 'status'], {
          env: { DATABASE_URL: db.url },
        });
        expect(status.stdout).toContain('Database schema is up to date!');
      } finally {
        await db.drop();
      }
    },
  );
});

describe('Prisma CLI on PostgreSQL', () => {
  const t = useTestDatabase('postgresql');

  it(
    'sees no drift between prisma/postgresql/migrations and its schema',
    { timeout: CLI_TIMEOUT },
    async () => {
      const result = await runPrisma(
        'postgresql',
        [
          'migrate',
          'diff',
          '--from-migrations',
          schemaPaths.postgresMigrations,
          '--to-schema',
          schemaPaths.postgresSchema,
          '--exit-code',
        ],
        { env: { DATABASE_URL: t.url } },
      );
      expect(result.stdout + result.stderr).toContain('No difference detected');
      expect(result.code).toBe(0);
    },
  );

  it(
    'agrees that a database migrated at start-up is up to date',
    { timeout: CLI_TIMEOUT },
    async () => {
      const result = await runPrisma('postgresql', ['migrate', 'status'], {
        env: { DATABASE_URL: t.url },
      });
      expect(result.stdout).toContain('Database schema is up to date!');
      expect(result.code).toBe(0);
    },
  );
});
