// `pnpm db:migrate:dev [--name <name>] [--create-only]`: the one command for schema changes.
//
// 1. derives prisma/postgresql/schema.prisma from prisma/schema.prisma;
// 2. runs `prisma migrate dev` on SQLite (DATABASE_URL if it is a file: URL, else
//    data/tessera.db), which writes prisma/migrations/<timestamp>_<name>/;
// 3. for each SQLite migration the PostgreSQL folder lacks, writes the same-named PostgreSQL
//    migration with `prisma migrate diff --from-migrations … --to-schema … --script`, run
//    against a throwaway PostgreSQL server (its shadow database replays the folder);
// 4. regenerates both clients.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { derivePostgresSchema } from './derive-postgres-schema.ts';
import { startPostgres } from './postgres-server.ts';
import { runPrisma } from './run-prisma.ts';
import { schemaPaths } from './schema-paths.ts';

const migrationNames = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

async function step(what: string, run: () => Promise<{ code: number; stderr?: string }>) {
  const result = await run();
  if (result.code !== 0) {
    console.error(result.stderr ?? '');
    throw new Error(`${what} failed (exit code ${result.code})`);
  }
}

/** The CLI reads the provider of a migrations folder from its migration_lock.toml. */
function ensurePostgresLockfile(): void {
  const lock = path.join(schemaPaths.postgresMigrations, 'migration_lock.toml');
  if (existsSync(lock)) return;
  mkdirSync(schemaPaths.postgresMigrations, { recursive: true });
  const sqliteLock = readFileSync(
    path.join(schemaPaths.sqliteMigrations, 'migration_lock.toml'),
    'utf8',
  );
  writeFileSync(lock, sqliteLock.replace('"sqlite"', '"postgresql"'));
}

async function writePostgresMigrations(names: readonly string[]): Promise<void> {
  const server = await startPostgres();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tessera-migrate-'));
  try {
    ensurePostgresLockfile();
    const out = path.join(scratch, 'migration.sql');
    await step('prisma migrate diff (postgresql)', () =>
      runPrisma(
        'postgresql',
        [
          'migrate',
          'diff',
          '--from-migrations',
          schemaPaths.postgresMigrations,
          '--to-schema',
          schemaPaths.postgresSchema,
          '--script',
          '-o',
          out,
        ],
        { env: { DATABASE_URL: server.url } },
      ),
    );
    names.forEach((name, index) => {
      const dir = path.join(schemaPaths.postgresMigrations, name);
      mkdirSync(dir, { recursive: true });
      if (index === names.length - 1) copyFileSync(out, path.join(dir, 'migration.sql'));
      else
        writeFileSync(
          path.join(dir, 'migration.sql'),
          '-- Folded into a later migration of the same batch.\n',
        );
      console.log(`wrote prisma/postgresql/migrations/${name}/migration.sql`);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await server.stop();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  writeFileSync(
    schemaPaths.postgresSchema,
    derivePostgresSchema(readFileSync(schemaPaths.sqliteSchema, 'utf8')),
  );
  await step('prisma migrate dev (sqlite)', () =>
    runPrisma('sqlite', ['migrate', 'dev', ...args], { inherit: true }),
  );
  const known = new Set(migrationNames(schemaPaths.postgresMigrations));
  const missing = migrationNames(schemaPaths.sqliteMigrations).filter((name) => !known.has(name));
  if (missing.length > 0) await writePostgresMigrations(missing);
  else console.log('prisma/postgresql/migrations is in step with prisma/migrations');
  await step('prisma generate (sqlite)', () => runPrisma('sqlite', ['generate']));
  await step('prisma generate (postgresql)', () => runPrisma('postgresql', ['generate']));
  console.log('Commit prisma/schema.prisma, prisma/postgresql/ and both migrations folders.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
