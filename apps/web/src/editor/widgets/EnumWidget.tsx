'use client';
import type { ParamSpec } from '@tessera/graph';
import { type WidgetProps, widgetId } from './widget-props.ts';

type EnumSpec = Extract<ParamSpec, { kind: 'enum' }>;

export function EnumWidget({ nodeId, spec, value, onCommit }: WidgetProps<EnumSpec>) {
  const current =
    typeof value === 'string' || typeof value === 'number'
      ? value
      : (spec.default ?? spec.options[0]);
  return (
    <select
      id={widgetId(nodeId, spec.name)}
      className="nodrag"
      value={String(current)}
      onChange={(e) => {
        const picked = spec.options.find((o) => String(o) === e.currentTarget.value);
        if (picked !== undefined) onCommit(picked);
      }}
    >
      {spec.options.map((option) => (
        <option key={String(option)} value={String(option)}>
          {String(option)}
        </option>
      ))}
    </select>
  );
}
