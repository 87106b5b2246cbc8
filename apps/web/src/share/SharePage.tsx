'use client';
// /s/<slug>: a shared workflow, read-only — its graph, its latest outputs and plans, where it
// came from and how often it was forked — with a Fork button.
import '../library/library.css';
import './share.css';
import { useQuery } from '@tanstack/react-query';
import { readDocument } from '@tessera/graph';
import { type ReactNode, useMemo } from 'react';
import { ReadOnlyGraph } from '../editor/versions/ReadOnlyGraph.tsx';
import { errorCode, errorMessage } from '../editor/workflows/trpc-errors.ts';
import { SiteNav } from '../library/SiteNav.tsx';
import { useTRPC } from '../lib/trpc.ts';
import { ForkButton } from './ForkButton.tsx';
import { SharedOutputs } from './SharedOutputs.tsx';

/** The page with Tessera's top bar (links to the editor, library, gallery…) above `children`. */
function ShareFrame({ children }: { children: ReactNode }) {
  return (
    <div className="share-page">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <SiteNav />
      </header>
      {children}
    </div>
  );
}

function NotFound() {
  return (
    <div className="share-missing" data-testid="share-not-found">
      <h1>This link does not open a workflow</h1>
      <p>
        It may have been made private or deleted by its owner, or the link is incomplete. Check the
        address, or browse the <a href="/gallery">public gallery</a>.
      </p>
    </div>
  );
}

function Provenance({
  origin,
  forkCount,
}: {
  origin: { name: string | null; shareSlug: string | null; shared: boolean } | null;
  forkCount: number;
}) {
  return (
    <p className="share-meta" data-testid="provenance">
      {origin && (
        <span data-testid="forked-from">
          Forked from{' '}
          {origin.shared && origin.shareSlug !== null ? (
            <a href={`/s/${encodeURIComponent(origin.shareSlug)}`}>“{origin.name}”</a>
          ) : (
            'a workflow that is not shared'
          )}
          {' · '}
        </span>
      )}
      <span data-testid="fork-count">
        {forkCount === 0 ? 'No forks yet' : `${forkCount} fork${forkCount === 1 ? '' : 's'}`}
      </span>
    </p>
  );
}

export function SharePage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const shared = useQuery({ ...trpc.sharing.get.queryOptions({ slug }), retry: false });
  const read = useMemo(
    () => (shared.data ? readDocument(shared.data.document) : null),
    [shared.data],
  );
  if (shared.isPending)
    return (
      <ShareFrame>
        <p className="share-loading">Loading the shared workflow…</p>
      </ShareFrame>
    );
  if (shared.isError)
    return (
      <ShareFrame>
        {errorCode(shared.error) === 'NOT_FOUND' ? (
          <NotFound />
        ) : (
          <p className="share-loading share-error" role="alert">
            Could not load the shared workflow: {errorMessage(shared.error)}. Reload the page to try
            again.
          </p>
        )}
      </ShareFrame>
    );
  const data = shared.data;
  return (
    <ShareFrame>
      <header className="share-header">
        <div className="share-title">
          <h1 data-testid="shared-name">{data.name}</h1>
          {data.description !== '' && <p className="share-description">{data.description}</p>}
          <Provenance origin={data.origin} forkCount={data.forkCount} />
        </div>
        <span className="share-badge" title="You can look, not edit: fork it to make changes">
          Read-only · {data.visibility}
        </span>
        <ForkButton slug={slug} />
      </header>
      <main className="share-body">
        <section className="share-graph" aria-label="Workflow">
          {read?.ok ? (
            <ReadOnlyGraph doc={read.document} label={`Workflow “${data.name}”`} />
          ) : (
            <p className="share-error" role="alert">
              This workflow&apos;s document cannot be read by this version of Tessera.
            </p>
          )}
        </section>
        <aside className="share-side" aria-label="Latest outputs">
          <h2>Outputs</h2>
          <SharedOutputs latest={data.latest} />
        </aside>
      </main>
    </ShareFrame>
  );
}
