// Prisma CLI configuration for the SQLite schema (the source of truth, prisma/schema.prisma).
// DATABASE_URL (a file: URL) picks the database; default: <repo>/data/tessera.db.
import { defineConfig } from 'prisma/config';
import { sqliteUrlFromEnv, useSchemaEngineShim } from './src/tools/prisma-cli-setup.ts';

useSchemaEngineShim();

export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
  datasource: { url: sqliteUrlFromEnv() },
});
