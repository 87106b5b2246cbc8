// Helpers for this package's validate tests (not exported).
import { expect } from 'vitest';
import type { Problem, ProblemCode } from './problems.ts';
import { createToyCatalogue, sampleWorkflowInput, sampleWorkflowJson } from './testing/index.ts';
import { type ValidationResult, validate } from './validate.ts';
import type { WorkflowDocumentInput } from './workflow-schema.ts';

export const catalogue = createToyCatalogue();

/** Validates the sample workflow after `edit` changes it. */
export function validateSample(edit: (doc: WorkflowDocumentInput) => void): ValidationResult {
  const doc = sampleWorkflowInput();
  edit(doc);
  return validate(doc, catalogue);
}

/** Validates the raw sample JSON after `edit` changes it in ways the types forbid. */
export function validateRawSample(edit: (doc: Record<string, unknown>) => void): ValidationResult {
  const doc = sampleWorkflowJson() as Record<string, unknown>;
  edit(doc);
  return validate(doc, catalogue);
}

/** The one problem of `code` in `result`; fails the test unless there is exactly one. */
export function theProblem(result: ValidationResult, code: ProblemCode): Problem {
  const found = result.problems.filter((p) => p.code === code);
  expect(found, `problems: ${JSON.stringify(result.problems, null, 1)}`).toHaveLength(1);
  return found[0]!;
}

/** The node with `id` in `doc`. */
export function nodeOf(
  doc: WorkflowDocumentInput,
  id: string,
): WorkflowDocumentInput['nodes'][number] {
  const found = doc.nodes.find((node) => node.id === id);
  if (!found) throw new Error(`no node "${id}"`);
  return found;
}
