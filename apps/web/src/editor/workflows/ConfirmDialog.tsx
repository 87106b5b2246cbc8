'use client';
import { type ConfirmRequest, answer } from './dialog-store.ts';
import { Modal } from './Modal.tsx';

/** Asks before something that cannot be undone; Cancel comes first and has the focus. */
export function ConfirmDialog({ request }: { request: ConfirmRequest }) {
  return (
    <Modal label={request.title} onClose={() => answer(request, false)}>
      <p>{request.message}</p>
      <div className="wf-actions">
        <button type="button" onClick={() => answer(request, false)}>
          Cancel
        </button>
        <button type="button" className="wf-danger" onClick={() => answer(request, true)}>
          {request.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
