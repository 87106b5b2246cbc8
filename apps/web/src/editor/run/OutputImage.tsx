'use client';
// A stored output image in a fixed-size box; a click opens it full size.
import { type ReactNode, useCallback, useState } from 'react';
import { Lightbox } from './Lightbox.tsx';
import { artifactUrl } from './use-artifacts.ts';

interface Props {
  readonly nodeId: string;
  /** The image artifact, or undefined while there is none. */
  readonly artifactId: string | undefined;
  readonly caption?: ReactNode;
}

export function OutputImage({ nodeId, artifactId, caption }: Props) {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<string | null>(null);
  const close = useCallback(() => setOpen(false), []);
  const src = artifactId === undefined ? undefined : artifactUrl(artifactId);
  return (
    <figure className="run-image">
      <div className="run-image__box">
        {src !== undefined ? (
          <button
            type="button"
            className="run-image__open nodrag"
            title="Open full size"
            onClick={() => setOpen(true)}
          >
            <img
              key={src}
              src={src}
              alt={`Output of ${nodeId}`}
              data-testid={`output-image-${nodeId}`}
              draggable={false}
              onLoad={(e) =>
                setSize(`${e.currentTarget.naturalWidth}×${e.currentTarget.naturalHeight}`)
              }
            />
          </button>
        ) : (
          <span className="run-image__empty">No image yet</span>
        )}
      </div>
      <figcaption className="run-image__caption">
        {src !== undefined ? (
          <>
            {caption}
            {caption !== undefined && size !== null ? ' · ' : ''}
            {size}
          </>
        ) : (
          '\u00a0'
        )}
      </figcaption>
      {open && src !== undefined && (
        <Lightbox src={src} alt={`Output of ${nodeId}`} onClose={close} />
      )}
    </figure>
  );
}
