// Prisma CLI configuration for the PostgreSQL schema (derived from prisma/schema.prisma).
// DATABASE_URL must be a postgresql:// URL for commands that touch a database.
import { defineConfig } from 'prisma/config';
import { postgresUrlFromEnv, useSchemaEngineShim } from './src/tools/prisma-cli-setup.ts';

useSchemaEngineShim();

const url = postgresUrlFromEnv();

export default defineConfig({
  schema: '../../prisma/postgresql/schema.prisma',
  migrations: { path: '../../prisma/postgresql/migrations' },
  ...(url ? { datasource: { url } } : {}),
});
