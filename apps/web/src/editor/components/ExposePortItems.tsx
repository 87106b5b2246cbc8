'use client';
// The node menu's items inside a component: one per inner port that can become a port of the
// component (an input nothing feeds, an output not passed on yet).
import { useEditor } from '../state/editor-store.ts';
import { exposeInnerPort } from './component-actions.ts';
import { exposablePorts } from './expose-port.ts';

interface ExposePortItemsProps {
  readonly nodeId: string;
  /** Runs an item's action, closing the menu first. */
  readonly act: (action: () => void) => () => void;
}

export function ExposePortItems({ nodeId, act }: ExposePortItemsProps) {
  const doc = useEditor((s) => s.doc);
  const open = useEditor((s) => s.path.at(-1));
  if (open === undefined) return null;
  return exposablePorts(doc, open.component, nodeId).map(({ side, port, type }) => (
    <button
      key={`${side}:${port}`}
      type="button"
      role="menuitem"
      title={`A new ${side} port of the component (${type}), shown on every instance`}
      onClick={act(() => exposeInnerPort(nodeId, side, port))}
    >
      Expose “{port}” as component {side}
    </button>
  ));
}
