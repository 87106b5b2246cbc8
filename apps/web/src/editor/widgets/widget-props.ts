import type { ParamSpec, Problem } from '@tessera/graph';

export interface WidgetProps<S extends ParamSpec = ParamSpec> {
  readonly nodeId: string;
  readonly spec: S;
  /** The value in the document (undefined: the param is left at its default). */
  readonly value: unknown;
  readonly problems: readonly Problem[];
  readonly onCommit: (value: unknown) => void;
}

/** The label of a param's widget. */
export function labelOf(spec: ParamSpec): string {
  return spec.title ?? spec.name;
}

/** The id of a widget's input element, for <label htmlFor> and tests. */
export function widgetId(nodeId: string, param: string): string {
  return `param-${nodeId}-${param}`;
}
