'use client';
// Share…: who can open the workflow by its link, the link itself, and where it came from and
// went (forks).
import './sharing.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';
import { useEditor } from '../state/editor-store.ts';
import { Modal } from '../workflows/Modal.tsx';
import { errorMessage } from '../workflows/trpc-errors.ts';
import { closeShareDialog, useShareDialog } from './share-dialog-store.ts';
import { editorUrl, shareUrl } from './share-link.ts';

type Visibility = 'private' | 'unlisted' | 'public';

const CHOICES: readonly { value: Visibility; title: string; note: string }[] = [
  { value: 'private', title: 'Private', note: 'Only you. The link does not open.' },
  {
    value: 'unlisted',
    title: 'Unlisted',
    note: 'Anyone with the link can view it read-only and fork a copy. Not listed anywhere.',
  },
  {
    value: 'public',
    title: 'Public',
    note: 'Like unlisted, and also shown in the public gallery.',
  },
];

function CopyLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="share-link">
      <input
        readOnly
        value={url}
        aria-label="Share link"
        data-testid="share-link"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <a href={url} target="_blank" rel="noreferrer">
        Open
      </a>
      {copied === 'yes' && <span className="share-link__copied">Copied</span>}
      {copied === 'failed' && (
        <span className="share-link__copied">Select the link and copy it (Ctrl+C)</span>
      )}
    </div>
  );
}

function ShareBody({ workflowId }: { workflowId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statusKey = trpc.sharing.status.queryOptions({ id: workflowId });
  const status = useQuery({ ...statusKey, staleTime: 0 });
  // The choice shows at once (a controlled radio must change in the same event), the server's
  // answer follows; a refused change puts the saved visibility back.
  const [choice, setChoice] = useState<Visibility | null>(null);
  const change = useMutation(
    trpc.sharing.setVisibility.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: statusKey.queryKey }),
    }),
  );
  if (status.isPending) return <p className="wf-empty">Loading sharing settings…</p>;
  if (status.isError)
    return (
      <p className="wf-empty wf-empty--error" role="alert">
        Could not load the sharing settings: {errorMessage(status.error)}
      </p>
    );
  const { visibility, shareSlug, origin, originHidden, forks, forkCount } = status.data;
  const shown = choice ?? visibility;
  return (
    <>
      <fieldset className="share-choices" aria-busy={change.isPending}>
        <legend>Who can open it</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="share-choice">
            <input
              type="radio"
              name="visibility"
              value={c.value}
              checked={shown === c.value}
              onChange={() => {
                setChoice(c.value);
                change.mutate(
                  { id: workflowId, visibility: c.value },
                  { onError: () => setChoice(null) },
                );
              }}
            />
            <span>
              <strong>{c.title}</strong>
              <span className="share-choice__note">{c.note}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {change.isError && (
        <p className="wf-empty wf-empty--error" role="alert">
          Could not change who can open it: {errorMessage(change.error)}
        </p>
      )}
      {visibility !== 'private' && shareSlug !== null ? (
        <CopyLink url={shareUrl(shareSlug, window.location.origin)} />
      ) : (
        <p className="wf-hint">
          Choose unlisted or public to get a link. The viewer sees the saved version, not unsaved
          changes.
        </p>
      )}
      <section className="share-provenance" aria-label="Provenance" data-testid="provenance">
        {origin ? (
          <p data-testid="forked-from">
            Forked from{' '}
            {origin.deleted ? (
              <span>“{origin.name}” (deleted)</span>
            ) : (
              <a
                href={
                  origin.visibility !== 'private' && origin.shareSlug !== null
                    ? `/s/${encodeURIComponent(origin.shareSlug)}`
                    : editorUrl(origin.id)
                }
              >
                “{origin.name}”
              </a>
            )}
          </p>
        ) : originHidden ? (
          <p data-testid="forked-from">Forked from a workflow that is no longer shared.</p>
        ) : (
          <p className="wf-hint">Not a fork: this workflow started here.</p>
        )}
        <p data-testid="fork-count">
          {forkCount === 0 ? 'No forks yet.' : `${forkCount} fork${forkCount === 1 ? '' : 's'}:`}
        </p>
        {forks.length > 0 && (
          <ul className="share-forks" aria-label="Forks">
            {forks.map((f) => (
              <li key={f.id}>
                <a href={editorUrl(f.id)}>{f.name}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The Share dialog, while open. */
export function ShareDialog() {
  const open = useShareDialog((s) => s.open);
  const workflowId = useEditor((s) => s.savedAs?.id);
  if (!open || workflowId === undefined) return null;
  return (
    <Modal label="Share" onClose={closeShareDialog} className="share-dialog">
      <ShareBody key={workflowId} workflowId={workflowId} />
      <div className="wf-actions">
        <button type="button" onClick={closeShareDialog}>
          Done
        </button>
      </div>
    </Modal>
  );
}
