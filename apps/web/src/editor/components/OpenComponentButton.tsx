'use client';
import { useEditor } from '../state/editor-store.ts';

/** The Open button in a component node's header: shows the nodes inside to edit them. */
export function OpenComponentButton({ nodeId }: { nodeId: string }) {
  return (
    <button
      type="button"
      className="tnode__open nodrag"
      title="Open the component to edit inside (or double-click it)"
      aria-label={`Open component ${nodeId}`}
      onClick={() => useEditor.getState().enterComponent(nodeId)}
    >
      Open
    </button>
  );
}
