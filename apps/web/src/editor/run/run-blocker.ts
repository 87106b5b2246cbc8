// Why Run is disabled: problems in the document first, then no runner to run it, then a node
// type or model that no connected runner has.
import type { MissingPiece } from '@tessera/graph';
import type { RunnerSummary } from '@tessera/protocol';
import { missingBlocker } from '../missing/missing-of.ts';
import type { Validation } from '../state/validation.ts';

/** Why the document cannot run now, or null. */
export function runBlocker(
  validation: Pick<Validation, 'errors'>,
  runners: readonly RunnerSummary[] | null,
  missing: readonly MissingPiece[] = [],
): string | null {
  const { errors } = validation;
  const first = errors[0];
  if (first) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    return `Fix ${count} first: ${first.message}`;
  }
  if (runners !== null && runners.length === 0) return 'No runner connected';
  return missingBlocker(missing);
}
