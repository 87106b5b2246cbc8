'use client';
import type { ParamSpec } from '@tessera/graph';
import { type WidgetProps, widgetId } from './widget-props.ts';

type BooleanSpec = Extract<ParamSpec, { kind: 'boolean' }>;

export function BooleanWidget({ nodeId, spec, value, onCommit }: WidgetProps<BooleanSpec>) {
  const checked = typeof value === 'boolean' ? value : (spec.default ?? false);
  return (
    <input
      id={widgetId(nodeId, spec.name)}
      type="checkbox"
      className="nodrag"
      checked={checked}
      onChange={(e) => onCommit(e.currentTarget.checked)}
    />
  );
}
