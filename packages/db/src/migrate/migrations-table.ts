// The `_prisma_migrations` table exactly as Prisma's schema engine creates it, so that
// `prisma migrate status|deploy|dev` accept a database migrated at start-up. The DDL is defined
// once, in the plain-Node schema-engine shim, and shared with the start-up migrator.
export {
  POSTGRES_MIGRATIONS_TABLE as postgresMigrationsTable,
  SQLITE_MIGRATIONS_TABLE as sqliteMigrationsTable,
} from '../tools/schema-engine/migrations-table.mjs';

/** One row of `_prisma_migrations`, as far as the migrator cares. */
export interface MigrationRecord {
  readonly name: string;
  readonly checksum: string;
  readonly finished: boolean;
  readonly rolledBack: boolean;
}
