'use client';
// Fork: copies the shared workflow into your library and opens the copy in the editor.
import { useMutation } from '@tanstack/react-query';
import { editorUrl } from '../editor/sharing/share-link.ts';
import { errorCode, errorMessage } from '../editor/workflows/trpc-errors.ts';
import { useTRPC } from '../lib/trpc.ts';

export function ForkButton({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const fork = useMutation(
    trpc.sharing.fork.mutationOptions({
      onSuccess: ({ id }) => window.location.assign(editorUrl(id)),
    }),
  );
  return (
    <span className="share-fork">
      <button
        type="button"
        className="primary"
        disabled={fork.isPending || fork.isSuccess}
        onClick={() => fork.mutate({ slug })}
        title="Copy this workflow into your library and open it in the editor"
      >
        {fork.isPending || fork.isSuccess ? 'Forking…' : 'Fork'}
      </button>
      {fork.isError &&
        (errorCode(fork.error) === 'UNAUTHORIZED' ? (
          <span className="share-error" role="alert">
            <a href={`/signin?next=${encodeURIComponent(`/s/${slug}`)}`}>Sign in</a> to fork it into
            your library.
          </span>
        ) : (
          <span className="share-error" role="alert">
            Could not fork: {errorMessage(fork.error)}
          </span>
        ))}
    </span>
  );
}
