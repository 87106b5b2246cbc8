'use client';
// An output image at full size over the page: Escape, the close button or a click outside
// closes it; the editor's shortcuts wait meanwhile. Rendered into <body>, out of the canvas's zoom transform.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  readonly src: string;
  readonly alt: string;
  readonly onClose: () => void;
}

export function Lightbox({ src, alt, onClose }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    // While it is open, keys belong to it (not to the editor's shortcuts behind it).
    const onKey = (e: KeyboardEvent): void => {
      e.stopPropagation();
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return createPortal(
    <div className="lightbox" role="dialog" aria-modal="true" aria-label={alt} onClick={onClose}>
      <img className="lightbox__image" src={src} alt={alt} onClick={(e) => e.stopPropagation()} />
      <div className="lightbox__bar" onClick={(e) => e.stopPropagation()}>
        <a href={src} target="_blank" rel="noreferrer">
          Open in a new tab
        </a>
        <a href={`${src}?download=1`} download>
          Download
        </a>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>,
    document.body,
  );
}
