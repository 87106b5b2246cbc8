'use client';
// Rename a workflow and edit its description and tags (none of which makes a new version).
import { useState } from 'react';
import '../editor/workflows/workflows.css';
import { Modal } from '../editor/workflows/Modal.tsx';
import { errorMessage } from '../editor/workflows/trpc-errors.ts';
import type { LibraryEntry } from './library-api.ts';
import { parseTagsText, tagsText } from './tags-text.ts';

export interface MetaChanges {
  readonly name?: string;
  readonly description?: string;
  readonly tags?: string[];
}

export function MetaDialog({
  entry,
  onSave,
  onClose,
}: {
  entry: LibraryEntry;
  /** Applies the changes; a rejection is shown in the dialog. */
  onSave: (changes: MetaChanges) => Promise<void>;
  onClose: () => void;
}) {
  const [name, setName] = useState(entry.name);
  const [description, setDescription] = useState(entry.description);
  const [tags, setTags] = useState(tagsText(entry.tags));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();

  const submit = async (): Promise<void> => {
    const parsed = parseTagsText(tags);
    const changes: MetaChanges = {
      ...(trimmed !== entry.name ? { name: trimmed } : {}),
      ...(description !== entry.description ? { description } : {}),
      ...(tagsText(parsed) !== tagsText(entry.tags) ? { tags: parsed } : {}),
    };
    setBusy(true);
    try {
      await onSave(changes);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal label={`Edit “${entry.name}”`} onClose={onClose}>
      <form
        className="wf-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed !== '') void submit();
        }}
      >
        <label>
          Name
          <input
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.currentTarget.value)}
            aria-invalid={trimmed === ''}
          />
        </label>
        <label>
          Description
          <textarea
            value={description}
            rows={3}
            maxLength={5000}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>
            Tags <span className="wf-hint">(separated by commas)</span>
          </span>
          <input
            value={tags}
            placeholder="poster, sale"
            onChange={(e) => setTags(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p className="wf-empty--error" role="alert">
            {error}
          </p>
        )}
        <div className="wf-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={trimmed === '' || busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
