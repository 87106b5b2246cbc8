'use client';
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';

const FIELDS = 'input:not([type=hidden]), textarea, select';
const FOCUSABLE = `${FIELDS}, button:not(:disabled), [href], [tabindex]:not([tabindex="-1"])`;

function keepFocusInside(e: KeyboardEvent<HTMLDivElement>): void {
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog: named by `label`, closed by Escape or a click outside, the first field (else
 * the first button) focused on opening and focus given back on closing. Keys typed inside do not
 * reach the editor's shortcuts.
 */
export function Modal({
  label,
  onClose,
  children,
  className = '',
}: {
  label: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first =
      box.current?.querySelector<HTMLElement>(FIELDS) ??
      box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
    return () => previous?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div
        ref={box}
        className={`modal wf-dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          } else if (e.key === 'Tab') keepFocusInside(e);
        }}
      >
        <h2>{label}</h2>
        {children}
      </div>
    </div>
  );
}
