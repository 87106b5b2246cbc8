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
  // Selectors return stored values (never new objects), so the node re-renders only on change.
  const componentId = useEditor((s) => {
    const type = s.view.nodes.find((node) => node.id === nodeId)?.type;
    return type === undefined ? undefined : componentIdOf(type);
  });
  const source = useEditor((s) =>
    componentId === undefined ? undefined : s.doc.components?.[componentId]?.source,
  );
  const newer = source && latestEntry(entries, source.componentId);
  if (componentId === undefined || !source || !newer || newer.version <= source.version)
    return null;
  const pinned = { componentId, source };
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
