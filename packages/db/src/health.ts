// A health report that never throws: whether the database answers, and its migrations.
import type { DbClient } from './client/db-client.ts';
import type { DatabaseProvider } from './database-url.ts';
import { readMigrationState } from './migrate/apply-migrations.ts';

export interface DatabaseHealth {
  readonly provider: DatabaseProvider;
  readonly reachable: boolean;
  readonly migrations: { readonly applied: string[]; readonly pending: string[] };
  /** Why the database is unreachable or its migration history is not usable. */
  readonly error?: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function checkHealth(
  provider: DatabaseProvider,
  prisma: DbClient,
  options: { url: string; migrationsDir?: string | undefined },
): Promise<DatabaseHealth> {
  try {
    await prisma.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    return {
      provider,
      reachable: false,
      migrations: { applied: [], pending: [] },
      error: message(error),
    };
  }
  try {
    const migrations = await readMigrationState(options);
    return { provider, reachable: true, migrations };
  } catch (error) {
    return {
      provider,
      reachable: true,
      migrations: { applied: [], pending: [] },
      error: message(error),
    };
  }
}
