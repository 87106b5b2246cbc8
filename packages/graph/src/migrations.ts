import { migrateV1ToV2 } from './migrate-v1-to-v2.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import { CURRENT_WORKFLOW_VERSION, WORKFLOW_FORMAT } from './workflow-schema.ts';

/** A raw document object, before its shape is checked. */
export type RawDocument = Record<string, unknown>;

/**
 * Turns a document of version N into one of version N+1 (the key is N). It receives a copy it
 * may change, and need not set `version`: `migrateDocument` does.
 */
export type Migration = (doc: RawDocument) => RawDocument;

/** Migrations of the workflow document, keyed by the version they upgrade from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
};

export interface MigrateOptions {
  /** Replaces `MIGRATIONS` (tests). */
  readonly migrations?: Readonly<Record<number, Migration>>;
  /** Replaces `CURRENT_WORKFLOW_VERSION` (tests). */
  readonly currentVersion?: number;
}

export type MigrateResult =
  | { readonly ok: true; readonly document: RawDocument; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problem: Problem };

function isPlainObject(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(code: Problem['code'], path: (string | number)[], message: string): MigrateResult {
  return { ok: false, problem: problem(code, { path, message }) };
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (value === undefined) return 'missing';
  return Array.isArray(value) ? 'an array' : 'an object';
}

function runMigrations(
  doc: RawDocument,
  from: number,
  current: number,
  table: Readonly<Record<number, Migration>>,
): MigrateResult {
  let migrated: RawDocument = structuredClone(doc);
  for (let version = from; version < current; version += 1) {
    const step = Object.hasOwn(table, version) ? table[version] : undefined;
    if (!step) {
      return fail(
        PROBLEM_CODES.MIGRATION_FAILED,
        ['version'],
        `This document is version ${from}, which this build cannot upgrade (no migration from version ${version} to ${version + 1}). This build reads version ${current} documents.`,
      );
    }
    try {
      const next = step(migrated);
      if (!isPlainObject(next)) throw new Error('the migration did not return an object');
      migrated = { ...next, version: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(
        PROBLEM_CODES.MIGRATION_FAILED,
        [],
        `Upgrading this document from version ${version} to ${version + 1} failed: ${reason}`,
      );
    }
  }
  return { ok: true, document: migrated, migratedFrom: from };
}

/**
 * Checks the envelope (`format`, `version`) of any value and brings an older document up to the
 * current version. Returns the document (not yet shape-checked) or the one problem that stops it.
 */
export function migrateDocument(raw: unknown, options: MigrateOptions = {}): MigrateResult {
  const current = options.currentVersion ?? CURRENT_WORKFLOW_VERSION;
  const table = options.migrations ?? MIGRATIONS;
  if (!isPlainObject(raw)) {
    return fail(
      PROBLEM_CODES.NOT_AN_OBJECT,
      [],
      `A workflow document must be a JSON object, but this is ${describe(raw)}.`,
    );
  }
  if (raw.format !== WORKFLOW_FORMAT) {
    return fail(
      PROBLEM_CODES.WRONG_FORMAT,
      ['format'],
      `This is not a Tessera workflow: "format" must be "${WORKFLOW_FORMAT}", but it is ${describe(raw.format)}.`,
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return fail(
      PROBLEM_CODES.INVALID_VERSION,
      ['version'],
      `"version" must be a whole number such as ${current}, but it is ${describe(version)}.`,
    );
  }
  if (version > current) {
    return fail(
      PROBLEM_CODES.NEWER_VERSION,
      ['version'],
      `This workflow is version ${version}, made by a newer Tessera; this build supports workflow version ${current} and older. Update Tessera to open it.`,
    );
  }
  if (version === current) return { ok: true, document: raw };
  return runMigrations(raw, version, current, table);
}
