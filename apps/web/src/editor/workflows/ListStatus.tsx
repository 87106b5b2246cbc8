'use client';
import type { ServerList } from './use-server-list.ts';

/** What a dialog's list shows while loading or after failing. */
export function ListStatus<T>({ list, what }: { list: ServerList<T>; what: string }) {
  if (list.status === 'loading') return <p className="wf-empty">Loading {what}…</p>;
  if (list.status === 'failed')
    return (
      <p className="wf-empty wf-empty--error" role="alert">
        Could not load {what}: {list.message}{' '}
        <button type="button" onClick={list.retry}>
          Retry
        </button>
      </p>
    );
  return null;
}
