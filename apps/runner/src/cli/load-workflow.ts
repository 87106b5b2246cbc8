import {
  type Catalogue,
  type Problem,
  type WorkflowDocument,
  readDocument,
  validate,
} from '@tessera/graph';
import { InputError } from './command.ts';
import { formatProblems } from './format-problems.ts';
import { readJsonFile } from './read-input.ts';

const notRunnable = (path: string, problems: readonly Problem[]) =>
  new InputError(
    `${path} cannot run:`,
    formatProblems(problems.filter((p) => p.severity === 'error')),
  );

/**
 * Reads a workflow document for running: JSON, a known format and version (older ones are
 * migrated), the right shape. Graph problems are left for `checkRunnable`, after `--set`.
 */
export async function loadWorkflow(path: string): Promise<WorkflowDocument> {
  const read = readDocument(await readJsonFile(path));
  if (!read.ok) throw notRunnable(path, read.problems);
  return read.document;
}

/** The document, validated against `catalogue`; its warnings returned, its errors thrown. */
export function checkRunnable(
  path: string,
  doc: WorkflowDocument,
  catalogue: Catalogue,
): { document: WorkflowDocument; warnings: Problem[] } {
  const result = validate(doc, catalogue);
  if (!result.ok) throw notRunnable(path, result.problems);
  return { document: result.document, warnings: result.problems };
}
