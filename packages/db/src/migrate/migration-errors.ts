// Why the start-up migrator refuses to go on. Each message says what to do.

export class MigrationChecksumError extends Error {
  override readonly name = 'MigrationChecksumError';
  constructor(readonly migration: string) {
    super(
      `Migration "${migration}" was changed after it was applied to this database (its checksum differs). ` +
        'Applied migrations must never be edited: restore the committed migration.sql and put the change in a new migration.',
    );
  }
}

export class FailedMigrationError extends Error {
  override readonly name = 'FailedMigrationError';
  constructor(readonly migration: string) {
    super(
      `Migration "${migration}" is recorded as failed in _prisma_migrations. Repair the database by hand, then mark it with ` +
        `\`prisma migrate resolve --applied ${migration}\` or \`--rolled-back ${migration}\`.`,
    );
  }
}

export class UnknownMigrationError extends Error {
  override readonly name = 'UnknownMigrationError';
  constructor(readonly migrations: readonly string[]) {
    super(
      `The database has migrations this version of Tessera does not know: ${migrations.join(', ')}. ` +
        'It was probably migrated by a newer version; run that version, or restore a matching backup.',
    );
  }
}

export class MigrationApplyError extends Error {
  override readonly name = 'MigrationApplyError';
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `Migration "${migration}" failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}
