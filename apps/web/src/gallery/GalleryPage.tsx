'use client';
// /gallery: the public workflows, newest first, each a card linking to its share page.
import '../editor/editor.css';
import '../library/library.css';
import '../share/share.css';
import { useQuery } from '@tanstack/react-query';
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import { errorMessage } from '../editor/workflows/trpc-errors.ts';
import { SiteNav } from '../library/SiteNav.tsx';
import { useTRPC } from '../lib/trpc.ts';

export function GalleryPage() {
  const trpc = useTRPC();
  const gallery = useQuery(trpc.sharing.gallery.queryOptions());
  return (
    <div className="lib-page">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <SiteNav current="/gallery" />
      </header>
      <main className="gallery">
        <header className="gallery-header">
          <h1>Public gallery</h1>
          <p>
            Workflows their owners made public. Open one to see its graph and outputs, then fork it.
          </p>
        </header>
        {gallery.isPending && <p className="share-loading">Loading the public workflows…</p>}
        {gallery.isError && (
          <p className="share-error" role="alert">
            Could not load the gallery: {errorMessage(gallery.error)}
          </p>
        )}
        {gallery.data?.length === 0 && (
          <p className="share-empty" data-testid="gallery-empty">
            No public workflows yet. In the <a href="/">editor</a>, choose Share… and make a
            workflow public to show it here.
          </p>
        )}
        {gallery.data && gallery.data.length > 0 && (
          <ul className="gallery-grid" aria-label="Public workflows">
            {gallery.data.map((w) => (
              <li key={w.shareSlug}>
                <a className="gallery-card" href={`/s/${encodeURIComponent(w.shareSlug)}`}>
                  <span className="gallery-card__image">
                    {w.imageArtifactId !== null ? (
                      <img src={artifactUrl(w.imageArtifactId)} alt={`Latest image of ${w.name}`} />
                    ) : (
                      'Not run yet'
                    )}
                  </span>
                  <span className="gallery-card__text">
                    <h2>{w.name}</h2>
                    {w.description !== '' && <p>{w.description}</p>}
                    <p>
                      {w.forkCount === 0
                        ? 'No forks'
                        : `${w.forkCount} fork${w.forkCount === 1 ? '' : 's'}`}
                      {w.forked && ' · a fork'}
                    </p>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
