'use client';
import { memo } from 'react';
import { BooleanWidget } from './BooleanWidget.tsx';
import { EnumWidget } from './EnumWidget.tsx';
import { InputImageWidget } from './InputImageWidget.tsx';
import { NumberWidget } from './NumberWidget.tsx';
import { SeedWidget } from './SeedWidget.tsx';
import { TextWidget } from './TextWidget.tsx';
import { type WidgetProps, labelOf, widgetId } from './widget-props.ts';

function Control(props: WidgetProps) {
  const { spec } = props;
  switch (spec.kind) {
    case 'int':
    case 'float':
      return <NumberWidget {...props} spec={spec} />;
    case 'seed':
      return <SeedWidget {...props} spec={spec} />;
    case 'enum':
      return <EnumWidget {...props} spec={spec} />;
    case 'boolean':
      return <BooleanWidget {...props} spec={spec} />;
    case 'string':
      return spec.widget === 'input-image' ? (
        <InputImageWidget {...props} spec={spec} />
      ) : (
        <TextWidget {...props} spec={spec} />
      );
  }
}

/**
 * One param of a node: label (tooltip from the spec), control, and its problems in place. A param
 * the server fills in for each run is not shown, unless the document holds a bad value for it.
 */
export const ParamWidget = memo(function ParamWidget(props: WidgetProps) {
  const { spec, problems, nodeId } = props;
  const invalid = problems.some((p) => p.severity === 'error');
  if (spec.kind === 'string' && spec.widget === 'filled-by-server' && problems.length === 0)
    return null;
  return (
    <div className={`param${invalid ? ' param--invalid' : ''}`} data-param={spec.name}>
      <label htmlFor={widgetId(nodeId, spec.name)} title={spec.description}>
        {labelOf(spec)}
      </label>
      <Control {...props} />
      {problems.map((p, i) => (
        <p key={i} className={`param__problem param__problem--${p.severity}`} role="alert">
          {p.message}
        </p>
      ))}
    </div>
  );
});
