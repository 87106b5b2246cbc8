import { type MigrateOptions, migrateDocument } from './migrations.ts';
import type { Problem } from './problems.ts';
import { checkShape } from './validate-shape.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

export type ReadDocumentResult =
  | { readonly ok: true; readonly document: WorkflowDocument; readonly problems: Problem[] }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Reads any value as a workflow document without a catalogue: migrates an older version and
 * checks the document's shape. This is what storage needs: a work-in-progress graph may still
 * have graph errors, but it must be a well-formed document of a version this build knows.
 */
export function readDocument(input: unknown, options: MigrateOptions = {}): ReadDocumentResult {
  const migrated = migrateDocument(input, options);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const problems: Problem[] = [];
  const shape = checkShape(migrated.document, problems);
  const ok = shape.document !== undefined && problems.every((p) => p.severity !== 'error');
  return ok && shape.document
    ? { ok: true, document: shape.document, problems }
    : { ok: false, problems };
}
