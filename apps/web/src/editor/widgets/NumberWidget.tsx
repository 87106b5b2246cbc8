'use client';
import type { ParamSpec } from '@tessera/graph';
import type { KeyboardEvent } from 'react';
import { SweepAction } from '../sweep/SweepAction.tsx';
import { useDraft } from './use-draft.ts';
import { type WidgetProps, widgetId } from './widget-props.ts';

type NumericSpec = Extract<ParamSpec, { kind: 'int' | 'float' }>;

/** A number field, with a slider when the param has both bounds. */
export function NumberWidget({ nodeId, spec, value, onCommit }: WidgetProps<NumericSpec>) {
  const current = typeof value === 'number' ? value : (spec.default ?? 0);
  const [draft, setDraft, reset] = useDraft(String(current));
  const step = spec.step ?? (spec.kind === 'int' ? 1 : 0.01);
  const commit = (text: string): void => {
    const parsed = Number(text);
    if (text.trim() === '' || !Number.isFinite(parsed)) return reset();
    if (parsed !== current) onCommit(spec.kind === 'int' ? Math.round(parsed) : parsed);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') commit(e.currentTarget.value);
    if (e.key === 'Escape') reset();
  };
  const bounded = spec.min !== undefined && spec.max !== undefined;
  return (
    <div className="widget-number">
      {bounded && (
        <input
          type="range"
          className="nodrag"
          aria-label={`${spec.name} slider`}
          min={spec.min}
          max={spec.max}
          step={step}
          value={Number(draft) || 0}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onPointerUp={(e) => commit(e.currentTarget.value)}
          onKeyUp={(e) => commit(e.currentTarget.value)}
        />
      )}
      <input
        id={widgetId(nodeId, spec.name)}
        type="number"
        className="nodrag"
        min={spec.min}
        max={spec.max}
        step={step}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={onKey}
      />
      <SweepAction nodeId={nodeId} spec={spec} value={value} />
    </div>
  );
}
