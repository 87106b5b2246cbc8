'use client';
// An uploaded image (a string param with `widget: 'input-image'`, image.load's `image`): pick one
// of the user's uploads, or choose a file or drop one on the node to upload it; a thumbnail shows
// the chosen image, and a refused upload says why in place.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParamSpec } from '@tessera/graph';
import { useRef, useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';
import { errorMessage } from '../workflows/trpc-errors.ts';
import { inputImageUrl, uploadInputImage } from './input-image-upload.ts';
import { useNodeFileDrop } from './use-node-file-drop.ts';
import './input-image.css';
import { type WidgetProps, widgetId } from './widget-props.ts';

type StringSpec = Extract<ParamSpec, { kind: 'string' }>;

/** What the file picker offers (the server checks the content whatever the picker lets by). */
const ACCEPTED = 'image/png,image/jpeg,image/webp';

type Upload =
  | { readonly state: 'idle' }
  | { readonly state: 'uploading'; readonly file: string }
  | { readonly state: 'failed'; readonly message: string };

export function InputImageWidget({ nodeId, spec, value, onCommit }: WidgetProps<StringSpec>) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const uploads = useQuery(trpc.inputImages.list.queryOptions());
  const current = typeof value === 'string' ? value : (spec.default ?? '');
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [size, setSize] = useState<{ name: string; text: string } | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);

  const send = async (files: readonly File[]): Promise<void> => {
    const file = files[0];
    if (!file) return;
    setUpload({ state: 'uploading', file: file.name });
    try {
      const name = await uploadInputImage(file);
      setUpload({ state: 'idle' });
      setUnreadable(null);
      onCommit(name);
      await queryClient.invalidateQueries({ queryKey: trpc.inputImages.list.pathKey() });
    } catch (error) {
      setUpload({ state: 'failed', message: errorMessage(error) });
    }
  };
  const dragging = useNodeFileDrop(root, (files) => void send(files));

  const names = uploads.data?.map((image) => image.name) ?? [];
  // A name the list lacks (still loading, or a document naming someone else's file) stays
  // selectable as it is, so the select never shows a value the param does not hold.
  const unlisted = current !== '' && !names.includes(current);
  return (
    <div
      ref={root}
      className={`widget-image${dragging ? ' widget-image--drop' : ''}`}
      data-testid={`input-image-${nodeId}`}
    >
      <div className="widget-image__pick">
        <select
          id={widgetId(nodeId, spec.name)}
          className="nodrag"
          value={current}
          onChange={(e) => {
            setUpload({ state: 'idle' });
            onCommit(e.currentTarget.value);
          }}
        >
          <option value="">(none)</option>
          {unlisted && (
            <option value={current}>{uploads.data ? `${current} (not uploaded)` : current}</option>
          )}
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" className="nodrag" onClick={() => picker.current?.click()}>
          Upload…
        </button>
        <input
          ref={picker}
          type="file"
          accept={ACCEPTED}
          hidden
          aria-label="Upload an image"
          data-testid={`input-image-file-${nodeId}`}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void send(files);
          }}
        />
      </div>
      {current !== '' && unreadable !== current ? (
        <figure className="widget-image__figure">
          <img
            className="widget-image__thumb"
            src={inputImageUrl(current)}
            alt={`The uploaded image ${current}`}
            data-testid={`input-image-thumb-${nodeId}`}
            draggable={false}
            onLoad={(e) =>
              setSize({
                name: current,
                text: `${e.currentTarget.naturalWidth}×${e.currentTarget.naturalHeight}`,
              })
            }
            onError={() => setUnreadable(current)}
          />
          <figcaption className="widget-image__hint" title={current}>
            {current}
            {size?.name === current ? ` · ${size.text}` : ''}
          </figcaption>
        </figure>
      ) : (
        <p className="widget-image__hint">
          {current === ''
            ? 'Drop a PNG, JPEG or WebP image on this node, or upload one.'
            : `${current} cannot be shown: it is not in your uploads.`}
        </p>
      )}
      {dragging && <p className="widget-image__hint">Drop to upload the image here.</p>}
      {upload.state === 'uploading' && (
        <p className="widget-image__hint" role="status">
          Uploading {upload.file}…
        </p>
      )}
      {upload.state === 'failed' && (
        <p className="param__problem" role="alert" data-testid={`input-image-error-${nodeId}`}>
          Upload refused: {upload.message}
        </p>
      )}
    </div>
  );
}
