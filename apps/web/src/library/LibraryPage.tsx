'use client';
// The library: saved workflows as cards (search, sort, tags; open, duplicate, edit, delete), the
// components published from the editor (the same cards: open one to edit, share or fork it), and
// the Trash, where deleted workflows wait to be restored.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../lib/trpc.ts';
import type { LibraryEntry } from './library-api.ts';
import { type LibraryFilters, LibraryToolbar } from './LibraryToolbar.tsx';
import { MetaDialog } from './MetaDialog.tsx';
import { SiteNav } from './SiteNav.tsx';
import { Toast } from './Toast.tsx';
import { TrashList } from './TrashList.tsx';
import { useDebounced } from './use-debounced.ts';
import { useLibraryActions } from './use-library-actions.ts';
import { WorkflowCard } from './WorkflowCard.tsx';

type Tab = 'library' | 'components' | 'trash';

const TAB_LABELS: Readonly<Record<Tab, string>> = {
  library: 'Workflows',
  components: 'Components',
  trash: 'Trash',
};

function EmptyLibrary({
  filtered,
  components,
  onClear,
}: {
  filtered: boolean;
  components: boolean;
  onClear: () => void;
}) {
  return (
    <div className="lib-empty" data-testid="library-empty">
      {components && !filtered ? (
        <p>
          No components yet. In the editor, right-click a component node and choose “Publish to
          library…”: it appears here and in every workflow’s palette.
        </p>
      ) : filtered ? (
        <p>
          No workflow matches. Try other words, or
          <button type="button" onClick={onClear}>
            Clear search and tags
          </button>
        </p>
      ) : (
        <p>
          No saved workflows yet. <a href="/">Open the editor</a>, build a graph and save it
          (Ctrl+S): it appears here.
        </p>
      )}
    </div>
  );
}

export function LibraryPage() {
  const trpc = useTRPC();
  const [tab, setTab] = useState<Tab>('library');
  const [filters, setFilters] = useState<LibraryFilters>({ search: '', sort: 'updated', tags: [] });
  const [editing, setEditing] = useState<LibraryEntry | null>(null);
  const search = useDebounced(filters.search, 200);
  const list = useQuery({
    ...trpc.workflows.list.queryOptions({
      search,
      sort: filters.sort,
      tags: [...filters.tags],
      kind: tab === 'components' ? 'component' : 'workflow',
    }),
    placeholderData: keepPreviousData,
  });
  const actions = useLibraryActions();
  const entries = list.data ?? [];
  const knownTags = [...new Set(entries.flatMap((entry) => entry.tags))];
  const filtered = search.trim() !== '' || filters.tags.length > 0;

  return (
    <div className="lib-page">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <SiteNav current="/library" />
      </header>
      <main className="lib-main">
        <div className="lib-tabs" role="tablist" aria-label="Workflows, components or Trash">
          {(['library', 'components', 'trash'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              className="lib-tab"
              onClick={() => setTab(t)}
            >
              {TAB_LABELS[t]}
            </button>
          ))}
        </div>
        {tab === 'trash' ? (
          <TrashList onRestore={(entry) => void actions.restore(entry)} />
        ) : (
          <>
            <LibraryToolbar filters={filters} onChange={setFilters} knownTags={knownTags} />
            {list.isPending ? (
              <p className="lib-empty">Loading workflows…</p>
            ) : list.isError ? (
              <p className="lib-empty lib-empty--error" role="alert">
                Could not load the library: {list.error.message}
              </p>
            ) : entries.length === 0 ? (
              <EmptyLibrary
                filtered={filtered}
                components={tab === 'components'}
                onClear={() => setFilters((f) => ({ ...f, search: '', tags: [] }))}
              />
            ) : (
              <ul className="lib-grid" aria-busy={list.isFetching}>
                {entries.map((entry) => (
                  <WorkflowCard
                    key={entry.id}
                    entry={entry}
                    actions={{
                      duplicate: (e) => void actions.duplicate(e),
                      edit: setEditing,
                      remove: (e) => void actions.remove(e),
                      filterByTag: (tag) =>
                        setFilters((f) =>
                          f.tags.includes(tag) ? f : { ...f, tags: [...f.tags, tag] },
                        ),
                    }}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </main>
      {editing && (
        <MetaDialog
          entry={editing}
          onSave={(changes) => actions.saveMeta(editing, changes)}
          onClose={() => setEditing(null)}
        />
      )}
      <Toast message={actions.toast} onDismiss={actions.dismiss} />
    </div>
  );
}
