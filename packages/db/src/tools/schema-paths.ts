// Where the schemas and committed migrations live (top-level prisma/ folder).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export const schemaPaths = {
  repoRoot,
  sqliteSchema: path.join(repoRoot, 'prisma/schema.prisma'),
  postgresSchema: path.join(repoRoot, 'prisma/postgresql/schema.prisma'),
  sqliteMigrations: path.join(repoRoot, 'prisma/migrations'),
  postgresMigrations: path.join(repoRoot, 'prisma/postgresql/migrations'),
} as const;
