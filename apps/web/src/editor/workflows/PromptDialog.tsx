'use client';
import { useState } from 'react';
import { type PromptRequest, answer } from './dialog-store.ts';
import { Modal } from './Modal.tsx';

/** Asks for a workflow name. */
export function PromptDialog({ request }: { request: PromptRequest }) {
  const [value, setValue] = useState(request.initial);
  const name = value.trim();
  return (
    <Modal label={request.title} onClose={() => answer(request, null)}>
      <form
        className="wf-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name !== '') answer(request, name);
        }}
      >
        <label>
          {request.label}
          <input
            value={value}
            maxLength={200}
            onChange={(e) => setValue(e.currentTarget.value)}
            aria-invalid={name === ''}
          />
        </label>
        <div className="wf-actions">
          <button type="button" onClick={() => answer(request, null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={name === ''}>
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
