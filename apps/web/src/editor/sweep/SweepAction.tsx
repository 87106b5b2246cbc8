'use client';
// "Sweep…" on a number or seed param: asks for the values, then sets the document's sweep, so
// that Run queues one run per value. Off inside a component: a sweep belongs to the workflow.
import type { ParamSpec } from '@tessera/graph';
import { useEditor } from '../state/editor-store.ts';
import { labelOf } from '../widgets/widget-props.ts';
import {
  parseSweepValues,
  suggestedSweep,
  sweepUnavailableReason,
  withSweep,
} from './sweep-edit.ts';

interface SweepActionProps {
  readonly nodeId: string;
  readonly spec: ParamSpec;
  readonly value: unknown;
}

export function SweepAction({ nodeId, spec, value }: SweepActionProps) {
  const unavailable = useEditor((s) => sweepUnavailableReason(s.path));
  const swept = useEditor((s) =>
    s.path.length === 0 && s.doc.sweep?.node === nodeId && s.doc.sweep.param === spec.name
      ? s.doc.sweep
      : undefined,
  );
  const ask = (): void => {
    const editor = useEditor.getState();
    const reason = sweepUnavailableReason(editor.path);
    if (reason !== undefined) return editor.notify('error', reason);
    const fallback = typeof spec.default === 'number' ? spec.default : 0;
    const current = typeof value === 'number' ? value : fallback;
    const offered = swept?.values ?? suggestedSweep(spec, current);
    const text = window.prompt(
      `Sweep ${labelOf(spec)} of "${nodeId}": values separated by commas (2 to 16). Run then queues one run per value.`,
      offered.join(', '),
    );
    if (text === null) return;
    const parsed = parseSweepValues(text, spec);
    if ('error' in parsed) return editor.notify('error', parsed.error);
    editor.edit((doc) => withSweep(doc, nodeId, spec.name, parsed.values));
    editor.notify(
      'info',
      `Sweeping ${nodeId} · ${spec.name} over ${parsed.values.join(', ')}: Run queues ${parsed.values.length} runs.`,
    );
  };
  return (
    <button
      type="button"
      className={`nodrag icon-button sweep-action${swept ? ' sweep-action--on' : ''}`}
      title={
        unavailable ??
        (swept
          ? `Swept over ${swept.values.join(', ')}: click to change the values`
          : `Sweep ${labelOf(spec)}: run once per value`)
      }
      disabled={unavailable !== undefined}
      aria-label={`Sweep ${spec.name}…`}
      aria-pressed={swept !== undefined}
      onClick={ask}
    >
      ⇶
    </button>
  );
}
