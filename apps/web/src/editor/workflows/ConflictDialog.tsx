'use client';
import { type ConflictRequest, answer } from './dialog-store.ts';
import { Modal } from './Modal.tsx';

/** Someone saved a newer version: the user picks what happens; nothing is overwritten. */
export function ConflictDialog({ request }: { request: ConflictRequest }) {
  const version =
    request.currentVersion === null ? 'a newer version' : `version ${request.currentVersion}`;
  return (
    <Modal label="Save conflict" onClose={() => answer(request, null)}>
      <p>
        “{request.name}” was saved elsewhere ({version}) after you opened it, so your changes were
        not saved. Nothing has been overwritten.
      </p>
      <ul className="wf-choices">
        <li>
          <strong>Save as copy</strong> keeps your changes as a new workflow, “{request.name}{' '}
          (copy)”.
        </li>
        <li>
          <strong>Reload saved version</strong> opens {version} and discards your changes.
        </li>
      </ul>
      <div className="wf-actions">
        <button type="button" onClick={() => answer(request, null)}>
          Keep editing
        </button>
        <button type="button" className="wf-danger" onClick={() => answer(request, 'reload')}>
          Reload saved version
        </button>
        <button type="button" className="primary" onClick={() => answer(request, 'copy')}>
          Save as copy
        </button>
      </div>
    </Modal>
  );
}
