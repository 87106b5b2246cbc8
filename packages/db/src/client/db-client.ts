// The Prisma client type the repositories are written against.
//
// Each provider has its own generated client (src/generated/sqlite, src/generated/postgresql),
// both generated from the same model, so their model APIs match; they differ only in
// provider-specific extras (isolation levels, `mode: 'insensitive'`, JSON path filters) that
// the repositories do not use. Repositories are typed against the SQLite client and the
// PostgreSQL client is adapted in create-prisma-client.ts; client-types.test.ts checks that
// every model's row type is the same in both.
import type { Prisma, PrismaClient } from '../generated/sqlite/client.ts';

export type DbClient = PrismaClient;

/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type DbTransaction = Prisma.TransactionClient;
