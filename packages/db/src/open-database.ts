// Opens Tessera's database: applies pending migrations, then hands out the Prisma client and
// the repositories.
import type { DbClient } from './client/db-client.ts';
import { createPrismaClient } from './client/create-prisma-client.ts';
import { parseDatabaseUrl, type DatabaseProvider } from './database-url.ts';
import { checkHealth, type DatabaseHealth } from './health.ts';
import { applyMigrations } from './migrate/apply-migrations.ts';
import { ApiTokenRepository } from './repositories/api-token-repository.ts';
import { ArtifactRepository } from './repositories/artifact-repository.ts';
import { NodeOutputRepository } from './repositories/node-output-repository.ts';
import { RunRepository } from './repositories/run-repository.ts';
import { RunnerRepository } from './repositories/runner-repository.ts';
import { SessionRepository } from './repositories/session-repository.ts';
import { UserRepository } from './repositories/user-repository.ts';
import { WorkflowRepository } from './repositories/workflow-repository.ts';

export interface OpenDatabaseOptions {
  /** `file:<path>` (SQLite; the folder is created) or `postgresql://…`. */
  readonly url: string;
  /** The committed migrations to apply; defaults to the provider's folder under prisma/. */
  readonly migrationsDir?: string;
  /** Skip applying migrations (the database must already be up to date). Default false. */
  readonly skipMigrations?: boolean;
}

export interface Database {
  readonly provider: DatabaseProvider;
  /** The raw client, for what the repositories do not cover. */
  readonly prisma: DbClient;
  readonly workflows: WorkflowRepository;
  readonly runs: RunRepository;
  readonly artifacts: ArtifactRepository;
  /** Node outputs by cache key, kept across restarts and servers. */
  readonly nodeOutputs: NodeOutputRepository;
  readonly runners: RunnerRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  /** Bearer tokens of the ComfyUI-compatible API (hashes only). */
  readonly apiTokens: ApiTokenRepository;
  /** Never throws. */
  health(): Promise<DatabaseHealth>;
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const target = parseDatabaseUrl(options.url);
  const migrationOptions = { url: target.url, migrationsDir: options.migrationsDir };
  if (!options.skipMigrations) await applyMigrations(migrationOptions);
  const prisma = await createPrismaClient(target);
  return {
    provider: target.provider,
    prisma,
    workflows: new WorkflowRepository(prisma),
    runs: new RunRepository(prisma),
    artifacts: new ArtifactRepository(prisma),
    nodeOutputs: new NodeOutputRepository(prisma),
    runners: new RunnerRepository(prisma),
    users: new UserRepository(prisma),
    sessions: new SessionRepository(prisma),
    apiTokens: new ApiTokenRepository(prisma),
    health: () => checkHealth(target.provider, prisma, migrationOptions),
    close: () => prisma.$disconnect(),
  };
}
