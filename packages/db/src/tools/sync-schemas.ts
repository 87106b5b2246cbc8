// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma.
// Usage: tsx src/tools/sync-schemas.ts [--check]   (--check: exit 1 when out of date)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { derivePostgresSchema } from './derive-postgres-schema.ts';
import { schemaPaths } from './schema-paths.ts';

const expected = derivePostgresSchema(readFileSync(schemaPaths.sqliteSchema, 'utf8'));
let current = '';
try {
  current = readFileSync(schemaPaths.postgresSchema, 'utf8');
} catch {
  // first run
}
if (current === expected) {
  console.log('prisma/postgresql/schema.prisma is up to date');
} else if (process.argv.includes('--check')) {
  console.error(
    'prisma/postgresql/schema.prisma is out of date: run `pnpm --filter @tessera/db run sync-schemas`',
  );
  process.exit(1);
} else {
  mkdirSync(path.dirname(schemaPaths.postgresSchema), { recursive: true });
  writeFileSync(schemaPaths.postgresSchema, expected);
  console.log('wrote prisma/postgresql/schema.prisma');
}
