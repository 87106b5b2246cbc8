// @tessera/db: the Prisma client over SQLite or PostgreSQL, start-up migrations, repositories.
export { openDatabase, type Database, type OpenDatabaseOptions } from './open-database.ts';
export type { DatabaseHealth } from './health.ts';
export { databaseUrlFromEnv, defaultDatabaseUrl } from './env.ts';
export {
  parseDatabaseUrl,
  redactUrl,
  UnsupportedDatabaseUrlError,
  type DatabaseProvider,
} from './database-url.ts';
export type { DbClient, DbTransaction } from './client/db-client.ts';

export {
  applyMigrations,
  readMigrationState,
  type ApplyMigrationsResult,
  type MigrationOptions,
  type MigrationState,
} from './migrate/apply-migrations.ts';
export { defaultMigrationsDir } from './migrate/migration-files.ts';
export {
  FailedMigrationError,
  MigrationApplyError,
  MigrationChecksumError,
  UnknownMigrationError,
} from './migrate/migration-errors.ts';

export { WorkflowConflictError } from './errors/workflow-conflict-error.ts';
export { NotFoundError } from './errors/not-found-error.ts';
export { InvalidRunTransitionError } from './errors/invalid-run-transition-error.ts';
export { InvalidInputError } from './errors/invalid-input-error.ts';

export * from './ids.ts';
export type { JsonArray, JsonObject, JsonPrimitive, JsonValue } from './json.ts';

export {
  WorkflowRepository,
  type CreateWorkflowInput,
  type ListWorkflowsOptions,
  type SaveWorkflowInput,
  type WorkflowMetaInput,
} from './repositories/workflow-repository.ts';
export {
  workflowSorts,
  type LibraryEntry,
  type LibraryQuery,
  type WorkflowLastRun,
  type WorkflowSort,
} from './repositories/workflow-library.ts';
export { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags } from './repositories/workflow-tags.ts';
export { runDurationMs, type RunHistoryEntry } from './repositories/run-history.ts';
export {
  planPreviewOf,
  renderedPlanOf,
  savedImageOf,
  type RunOutput,
} from './repositories/run-outputs.ts';
export {
  workflowKinds,
  workflowVersionKinds,
  workflowVisibilities,
  type WorkflowKind,
  type WorkflowRecord,
  type WorkflowSummary,
  type WorkflowVersionKind,
  type WorkflowVersionRecord,
  type WorkflowVisibility,
} from './repositories/workflow-records.ts';
export {
  RunRepository,
  type CreateRunInput,
  type ListRunsOptions,
  type UpdateRunNodeInput,
} from './repositories/run-repository.ts';
export {
  runNodeStatuses,
  runTransitions,
  type RunNodeRecord,
  type RunNodeStatus,
  type RunRecord,
} from './repositories/run-records.ts';
export {
  ArtifactRepository,
  type CreateArtifactInput,
  type InlineArtifactInput,
  type StoredArtifactInput,
} from './repositories/artifact-repository.ts';
export type { ArtifactRecord, ArtifactWithBytes } from './repositories/artifact-records.ts';
export {
  NodeOutputRepository,
  type NodeOutputRecord,
  type PutNodeOutputInput,
} from './repositories/node-output-repository.ts';
export { RunnerRepository, type RunnerRecord } from './repositories/runner-repository.ts';
export {
  LOCAL_USER_ID,
  UserRepository,
  normalizeEmail,
  type UserRecord,
  type UserWithPassword,
} from './repositories/user-repository.ts';
export {
  SessionRepository,
  type ActiveSession,
  type SessionRecord,
} from './repositories/session-repository.ts';
export {
  ApiTokenRepository,
  type ApiTokenRecord,
  type CreateApiTokenInput,
} from './repositories/api-token-repository.ts';
export { EmailTakenError } from './errors/email-taken-error.ts';
export {
  SHARE_SLUG_BYTES,
  WorkflowSharing,
  newShareSlug,
  type ForkOptions,
  type GalleryWorkflow,
  type WorkflowLink,
} from './repositories/workflow-sharing.ts';
export { restoreVersion, type RestoreVersionInput } from './repositories/workflow-restore.ts';
