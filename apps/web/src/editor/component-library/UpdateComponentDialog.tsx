'use client';
import { componentIdOf } from '@tessera/graph';
import { useMemo } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { DiffList } from '../versions/DiffList.tsx';
import { Modal } from '../workflows/Modal.tsx';
import { closeLibraryDialogs, confirmUpdate, useLibraryDialogs } from './library-actions.ts';
import type { LibraryEntry } from './library-store.ts';
import { definitionChanges } from './update-diff.ts';

function UpdateChanges({ componentId, entry }: { componentId: string; entry: LibraryEntry }) {
  const components = useEditor((s) => s.doc.components);
  const uses = useEditor(
    (s) => s.doc.nodes.filter((node) => componentIdOf(node.type) === componentId).length,
  );
  const current = components?.[componentId];
  const changes = useMemo(
    () =>
      current &&
      definitionChanges(current, entry.component.definition, {
        ...entry.component.components,
        ...components,
      }),
    [current, entry, components],
  );
  if (!current || !changes) return null;
  return (
    <div className="library-update-dialog">
      <p>
        “{entry.name}” changed in the library. Updating replaces this workflow’s copy, used by{' '}
        {uses} node{uses === 1 ? '' : 's'}; Undo takes it back.
      </p>
      {changes.outside.length > 0 && (
        <ul className="library-update-dialog__outside" aria-label="Changes to the component node">
          {changes.outside.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <DiffList diff={changes.inside} older={current.source?.version ?? 0} newer={entry.version} />
      <div className="wf-actions">
        <button type="button" onClick={closeLibraryDialogs}>
          Not now
        </button>
        <button type="button" className="primary" onClick={confirmUpdate}>
          Update to version {entry.version}
        </button>
      </div>
    </div>
  );
}

/** What updating a taken component to the library's newer version changes, and the update. */
export function UpdateComponentDialog() {
  const updating = useLibraryDialogs((s) => s.updating);
  if (updating === null) return null;
  return (
    <Modal label="Update component" onClose={closeLibraryDialogs} className="library-dialog">
      <UpdateChanges componentId={updating.componentId} entry={updating.entry} />
    </Modal>
  );
}
