// `pnpm --filter @tessera/db run migrate:status`: `prisma migrate status` for the database
// DATABASE_URL names (SQLite by default, PostgreSQL for a postgresql:// URL).
import { postgresUrlFromEnv } from './prisma-cli-setup.ts';
import { runPrisma } from './run-prisma.ts';

const config = postgresUrlFromEnv() ? 'postgresql' : 'sqlite';
const { code } = await runPrisma(config, ['migrate', 'status'], { inherit: true });
process.exit(code);
