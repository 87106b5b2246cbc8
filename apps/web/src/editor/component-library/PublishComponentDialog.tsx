'use client';
import { useState } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { Modal } from '../workflows/Modal.tsx';
import { closeLibraryDialogs, publishDefinition, useLibraryDialogs } from './library-actions.ts';

function PublishForm({ componentId }: { componentId: string }) {
  const definition = useEditor((s) => s.doc.components?.[componentId]);
  const [name, setName] = useState(definition?.name ?? '');
  const [category, setCategory] = useState(definition?.category ?? '');
  const [description, setDescription] = useState(definition?.description ?? '');
  const trimmed = name.trim();
  const source = definition?.source;
  return (
    <form
      className="wf-form library-publish"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed !== '') void publishDefinition(componentId, { name, category, description });
      }}
    >
      <p>
        {source
          ? `Publishes the next version of this library component (it was taken at version ${source.version}).`
          : 'Saves the component to your library, where every workflow can take it from the palette.'}
      </p>
      <label>
        Name
        <input
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.currentTarget.value)}
          aria-invalid={trimmed === ''}
        />
      </label>
      <label>
        Category (its palette group)
        <input
          value={category}
          maxLength={60}
          placeholder="Components"
          onChange={(e) => setCategory(e.currentTarget.value)}
        />
      </label>
      <label>
        Description
        <textarea
          value={description}
          maxLength={2000}
          rows={3}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
      </label>
      <div className="wf-actions">
        <button type="button" onClick={closeLibraryDialogs}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={trimmed === ''}>
          Publish to library
        </button>
      </div>
    </form>
  );
}

/** “Save as component to library”: names, files and describes the component, then publishes. */
export function PublishComponentDialog() {
  const componentId = useLibraryDialogs((s) => s.publishing);
  if (componentId === null) return null;
  return (
    <Modal label="Publish component to library" onClose={closeLibraryDialogs}>
      <PublishForm componentId={componentId} />
    </Modal>
  );
}
