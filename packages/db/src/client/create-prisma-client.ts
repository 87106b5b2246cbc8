// A Prisma client over a driver adapter: better-sqlite3 for file: URLs, pg for PostgreSQL.
// The generated clients are imported lazily so that only the one in use is loaded.
import type { DatabaseTarget } from '../database-url.ts';
import type { DbClient } from './db-client.ts';

export async function createPrismaClient(target: DatabaseTarget): Promise<DbClient> {
  if (target.provider === 'sqlite') {
    const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([
      import('../generated/sqlite/client.ts'),
      import('@prisma/adapter-better-sqlite3'),
    ]);
    // No busy wait inside better-sqlite3: it would block the event loop while another
    // connection of this process holds the write lock. Writers retry asynchronously instead
    // (see repositories/retry.ts).
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.file, timeout: 0 }) });
  }
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import('../generated/postgresql/client.ts'),
    import('@prisma/adapter-pg'),
  ]);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  // Same model, same delegates: see db-client.ts for why this narrowing is sound.
  return client as unknown as DbClient;
}
