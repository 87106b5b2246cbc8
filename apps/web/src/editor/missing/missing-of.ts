// The open document's missing pieces against the connected runners, computed once per change
// of either (like validation), and what they mean for the Run button.
import {
  type MissingPiece,
  type RunnerCapabilities,
  type WorkflowDocument,
  missingPieces,
} from '@tessera/graph';
import type { RunnerSummary } from '@tessera/protocol';
import { catalogue } from '../model/catalogue.ts';

/** What each runner offers, as `missingPieces` takes it (no models when the hub does not say). */
export function capabilitiesOf(runners: readonly RunnerSummary[]): RunnerCapabilities[] {
  return runners.map((runner) => ({
    nodeTypes: runner.nodeTypes,
    models: (runner.models ?? []).map(({ id, sha256 }) => ({ id, sha256 })),
  }));
}

const NONE: readonly MissingPiece[] = [];
let last:
  | {
      doc: WorkflowDocument;
      runners: readonly RunnerSummary[] | null;
      pieces: readonly MissingPiece[];
    }
  | undefined;

/**
 * The pieces `doc` needs that no connected runner has. Empty while the runners are unknown or
 * none is connected: the Run button says "No runner connected" for that.
 */
export function missingOf(
  doc: WorkflowDocument,
  runners: readonly RunnerSummary[] | null,
): readonly MissingPiece[] {
  if (last?.doc === doc && last.runners === runners) return last.pieces;
  const pieces =
    runners === null || runners.length === 0
      ? NONE
      : missingPieces(doc, capabilitiesOf(runners), catalogue);
  last = { doc, runners, pieces };
  return pieces;
}

/** A model version that differs is a warning; a missing type or model stops the run. */
export const blocksRun = (piece: MissingPiece): boolean => piece.kind !== 'model-version';

/** Why the missing pieces stop a run, or null when none does. */
export function missingBlocker(pieces: readonly MissingPiece[]): string | null {
  const blocking = pieces.filter(blocksRun);
  const first = blocking[0];
  if (!first) return null;
  const what =
    first.kind === 'node-type' ? `the node type ${first.what}` : `the model ${first.what}`;
  const others = new Set(blocking.map((p) => `${p.kind}:${p.what}`)).size - 1;
  const more = others > 0 ? ` (and ${others} more missing)` : '';
  return `No connected runner has ${what}, needed by “${first.nodeId}”${more}`;
}
