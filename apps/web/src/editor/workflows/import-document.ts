// Reads a workflow file the user picked: JSON first, then the document (migrated when older).
// Every refusal says what is wrong and where, in words a user can act on.
import { type Problem, type WorkflowDocument, formatPath, readDocument } from '@tessera/graph';
import { nameFromFileName } from './file-names.ts';
import { findJsonError } from './json-error.ts';

export type ImportResult =
  | { readonly ok: true; readonly document: WorkflowDocument }
  | { readonly ok: false; readonly message: string };

/** How many problems the message lists before "and N more". */
const SHOWN_PROBLEMS = 3;

function describeProblem(problem: Problem): string {
  const where = formatPath(problem.path);
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}

/** The first few errors of a refused document, with where they are. */
export function describeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = (errors.length > 0 ? errors : problems).slice(0, SHOWN_PROBLEMS);
  const more = errors.length - listed.length;
  const text = listed.map(describeProblem).join(' · ');
  return more > 0 ? `${text} · and ${more} more` : text;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
    const found = findJsonError(text);
    if (found)
      return { ok: false, reason: `${found.reason} (line ${found.line}, column ${found.column})` };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads `text` from the file `fileName`; a good document is named after the file. */
export function parseWorkflowFile(text: string, fileName: string): ImportResult {
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  if (!json.ok) return { ok: false, message: `“${fileName}” is not valid JSON: ${json.reason}.` };
  const read = readDocument(json.value);
  if (!read.ok) {
    return {
      ok: false,
      message: `“${fileName}” is not a workflow Tessera can open: ${describeProblems(read.problems)}`,
    };
  }
  return { ok: true, document: { ...read.document, name: nameFromFileName(fileName) } };
}
