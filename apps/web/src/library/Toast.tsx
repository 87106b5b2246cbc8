'use client';
// One message at the bottom of the page, optionally with an action (Undo); it fades after a
// while unless it is an error.
import { useEffect } from 'react';

export interface ToastMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

const INFO_MS = 8000;

export function Toast({
  message,
  onDismiss,
}: {
  message: ToastMessage | null;
  onDismiss: () => void;
}) {
  useEffect(() => {
    if (message?.kind !== 'info') return;
    const timer = setTimeout(onDismiss, INFO_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  if (!message) return null;
  return (
    <div
      className={`notice notice--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      data-testid="toast"
    >
      <span>{message.text}</span>
      {message.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            message.action?.run();
            onDismiss();
          }}
        >
          {message.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
