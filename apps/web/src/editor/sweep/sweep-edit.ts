// The open document's sweep: read values a user typed for a param, set or remove the sweep.
// Pure: the editor store applies these as undoable edits.
import {
  MAX_SWEEP_VALUES,
  type ParamSpec,
  type WorkflowDocument,
  checkParamValue,
  nodeId,
} from '@tessera/graph';

/** The values typed for a sweep ("1, 2, 3" or "0.6 0.8 1"), or why they do not fit `spec`. */
export function parseSweepValues(
  text: string,
  spec: ParamSpec,
): { readonly values: number[] } | { readonly error: string } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2 || parts.length > MAX_SWEEP_VALUES)
    return {
      error: `A sweep needs 2 to ${MAX_SWEEP_VALUES} values separated by commas; got ${parts.length}.`,
    };
  const values: number[] = [];
  for (const part of parts) {
    const value = Number(part);
    const issue = checkParamValue(spec, Number.isFinite(value) ? value : part);
    if (issue) return { error: `Sweep value "${part}": ${spec.name} ${issue.message}.` };
    values.push(value);
  }
  return { values };
}

/** Values to offer for a sweep of a numeric param now at `current`: four, one step apart. */
export function suggestedSweep(spec: ParamSpec, current: number): number[] {
  const step = spec.kind === 'float' ? (spec.step ?? Math.max(Math.abs(current) / 4, 0.1)) : 1;
  return Array.from({ length: 4 }, (_, i) => Math.round((current + i * step) * 1e4) / 1e4);
}

/** `doc` sweeping `param` of node `node` over `values` (replacing any sweep it had). */
export function withSweep(
  doc: WorkflowDocument,
  node: string,
  param: string,
  values: readonly unknown[],
): WorkflowDocument {
  return { ...doc, sweep: { node: nodeId(node), param, values: [...values] } };
}

/** `doc` without its sweep. */
export function withoutSweep(doc: WorkflowDocument): WorkflowDocument {
  const next = { ...doc };
  delete next.sweep;
  return next;
}

/** Why Sweep is off inside a component: a sweep varies a param of the workflow's own nodes. */
export const SWEEP_NEEDS_WORKFLOW =
  'Sweeps run on the whole workflow: go back to the workflow first';

/**
 * Why the view at `openComponents` (the open components, outermost first) cannot set a sweep,
 * or undefined at the workflow itself.
 */
export function sweepUnavailableReason(openComponents: readonly unknown[]): string | undefined {
  return openComponents.length > 0 ? SWEEP_NEEDS_WORKFLOW : undefined;
}

/** How the Run button reads for `doc`: "Run", or "Run sweep (N)". */
export function runLabel(doc: Pick<WorkflowDocument, 'sweep'>): string {
  return doc.sweep ? `Run sweep (${doc.sweep.values.length})` : 'Run';
}
