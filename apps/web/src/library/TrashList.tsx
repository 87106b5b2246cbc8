'use client';
// Deleted workflows, with Restore.
import { useQuery } from '@tanstack/react-query';
import { formatUpdated } from '../editor/workflows/updated-time.ts';
import { useTRPC } from '../lib/trpc.ts';
import { type LibraryEntry, toDate } from './library-api.ts';

export function TrashList({ onRestore }: { onRestore: (entry: LibraryEntry) => void }) {
  const trpc = useTRPC();
  const trash = useQuery(trpc.workflows.trash.queryOptions());
  if (trash.isPending) return <p className="lib-empty">Loading the Trash…</p>;
  if (trash.isError)
    return (
      <p className="lib-empty lib-empty--error" role="alert">
        Could not load the Trash: {trash.error.message}
      </p>
    );
  if (trash.data.length === 0)
    return (
      <p className="lib-empty" data-testid="trash-empty">
        The Trash is empty. Deleted workflows wait here (with their versions and runs) until you
        restore them.
      </p>
    );
  return (
    <ul className="lib-trash" data-testid="trash-list">
      {trash.data.map((entry) => (
        <li key={entry.id} className="lib-trash__row" data-testid="trash-row">
          <span className="lib-trash__name">{entry.name}</span>
          <span className="lib-muted">
            deleted {entry.deletedAt ? formatUpdated(toDate(entry.deletedAt), new Date()) : ''}
          </span>
          <button type="button" onClick={() => onRestore(entry)}>
            Restore
          </button>
        </li>
      ))}
    </ul>
  );
}
