// The node context menu's state: which node was right-clicked, and where.
import type { Position } from '@tessera/graph';
import { create } from 'zustand';
import { useEditor } from '../state/editor-store.ts';

interface NodeMenuState {
  readonly menu: { readonly nodeId: string; readonly at: Position } | null;
}

export const useNodeMenu = create<NodeMenuState>()(() => ({ menu: null }));

/**
 * Opens the menu for `nodeId` at screen point `at`; a node outside the selection becomes the
 * selection, as in every graph editor.
 */
export function openNodeMenu(nodeId: string, at: Position): void {
  const editor = useEditor.getState();
  if (!editor.selection.nodes.has(nodeId))
    editor.select({ nodes: new Set([nodeId]), edges: new Set() });
  useNodeMenu.setState({ menu: { nodeId, at } });
}

export function closeNodeMenu(): void {
  useNodeMenu.setState({ menu: null });
}
