'use client';
// The canvas while a past version is shown: read-only, under a banner that says which version
// it is and offers Restore and Back (Escape).
import './versions.css';
import { type ReactNode, useEffect, useRef } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { DiffList } from './DiffList.tsx';
import { ReadOnlyGraph } from './ReadOnlyGraph.tsx';
import { leaveVersionView, restoreVersion } from './version-actions.ts';
import { type VersionView, useVersionView } from './version-view-store.ts';

function Banner({ view }: { view: VersionView }) {
  const shown = view.kind === 'view' ? view.shown : view.older;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && !document.querySelector('[role=dialog]')) leaveVersionView();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="ver-banner" role="status" data-testid="version-banner">
      <span>
        {view.kind === 'view' ? (
          <>
            Viewing version {view.shown.version} <em>(read-only)</em>
          </>
        ) : (
          <>
            Comparing version {view.older.version} → {view.newer.version} <em>(read-only)</em>
          </>
        )}
      </span>
      <span className="spacer" />
      <button
        type="button"
        onClick={() => void restoreVersion(view.workflowId, shown.version)}
        title={`Save version ${shown.version} again as the newest version`}
      >
        Restore version {shown.version}
      </button>
      <button
        type="button"
        className="primary"
        onClick={leaveVersionView}
        title="Back to editing (Esc)"
      >
        Back
      </button>
    </div>
  );
}

function VersionCanvas({ view }: { view: VersionView }) {
  return (
    <div className="ver-canvas">
      <Banner view={view} />
      <div className="ver-canvas__body">
        <div className="ver-canvas__graph">
          {view.kind === 'view' ? (
            <ReadOnlyGraph
              key={`view-${view.shown.version}`}
              doc={view.shown.doc}
              label={`Version ${view.shown.version}`}
            />
          ) : (
            <ReadOnlyGraph
              key={`compare-${view.older.version}-${view.newer.version}`}
              doc={view.diffView.doc}
              marks={view.diffView.marks}
              label={`Version ${view.older.version} compared with ${view.newer.version}`}
            />
          )}
        </div>
        {view.kind === 'compare' && (
          <DiffList
            diff={view.diffView.diff}
            older={view.older.version}
            newer={view.newer.version}
          />
        )}
      </div>
    </div>
  );
}

/**
 * The editor's canvas, or a past version in its place while one is shown. Opening another
 * document, or editing the open one (the palette, a shortcut), goes back to editing, so no edit
 * happens out of sight.
 */
export function VersionSwitch({ children }: { children: ReactNode }) {
  const view = useVersionView((s) => s.view);
  const doc = useEditor((s) => s.doc);
  const docWhenShown = useRef(doc);
  useEffect(() => {
    if (view === null) docWhenShown.current = doc;
    else if (doc !== docWhenShown.current) leaveVersionView();
  }, [view, doc]);
  return view === null ? children : <VersionCanvas view={view} />;
}
