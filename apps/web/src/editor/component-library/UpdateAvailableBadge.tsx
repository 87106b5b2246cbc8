'use client';
import { componentIdOf } from '@tessera/graph';
import { useEditor } from '../state/editor-store.ts';
import { requestUpdate } from './library-actions.ts';
import { latestEntry, useLibraryEntries } from './library-store.ts';

/**
 * On a component node taken from the library: “Update available” when the library holds a newer
 * version than the one the definition is pinned to; a click shows what changes and updates.
 */
export function UpdateAvailableBadge({ nodeId }: { nodeId: string }) {
  const entries = useLibraryEntries();
  const pinned = useEditor((s) => {
    const type = s.view.nodes.find((node) => node.id === nodeId)?.type;
    const componentId = type === undefined ? undefined : componentIdOf(type);
    const source = componentId === undefined ? undefined : s.doc.components?.[componentId]?.source;
    return componentId && source ? { componentId, source } : undefined;
  });
  const newer = pinned && latestEntry(entries, pinned.source.componentId);
  if (!pinned || !newer || newer.version <= pinned.source.version) return null;
  return (
    <button
      type="button"
      className="library-update nodrag"
      data-testid={`update-available-${nodeId}`}
      title={`The library holds version ${newer.version} of “${newer.name}”; this node runs version ${pinned.source.version}. Click to see what changes.`}
      onClick={() => requestUpdate(pinned.componentId, newer)}
    >
      Update available · v{pinned.source.version} → v{newer.version}
    </button>
  );
}
