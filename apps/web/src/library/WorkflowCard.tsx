'use client';
// One saved workflow in the library grid: thumbnail, name, description, tags, last run, actions.
import { type LibraryEntry, artifactUrl, editorUrlForWorkflow } from './library-api.ts';
import { LastRun } from './RunStatus.tsx';

export interface CardActions {
  duplicate(entry: LibraryEntry): void;
  edit(entry: LibraryEntry): void;
  remove(entry: LibraryEntry): void;
  filterByTag(tag: string): void;
}

export function WorkflowCard({ entry, actions }: { entry: LibraryEntry; actions: CardActions }) {
  const open = editorUrlForWorkflow(entry.id);
  return (
    <li className="lib-card" data-testid="library-card" data-workflow-id={entry.id}>
      <a className="lib-card__thumb" href={open} tabIndex={-1} aria-hidden="true">
        {entry.thumbnailId ? (
          <img src={artifactUrl(entry.thumbnailId)} alt="" loading="lazy" data-testid="thumbnail" />
        ) : (
          <span className="lib-card__no-thumb">
            {entry.kind === 'component'
              ? 'A component: open it to see its nodes'
              : 'No image yet: run it to get a thumbnail'}
          </span>
        )}
      </a>
      <div className="lib-card__body">
        <h3 className="lib-card__name">
          <a href={open} data-testid="card-name">
            {entry.name}
          </a>
        </h3>
        {entry.description && <p className="lib-card__description">{entry.description}</p>}
        {entry.tags.length > 0 && (
          <ul className="lib-tags" aria-label="Tags">
            {entry.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="lib-tag"
                  title={`Show workflows tagged “${tag}”`}
                  onClick={() => actions.filterByTag(tag)}
                >
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        )}
        <LastRun run={entry.lastRun} />
      </div>
      <div className="lib-card__actions">
        <a className="button primary" href={open}>
          Open
        </a>
        <button type="button" onClick={() => actions.duplicate(entry)}>
          Duplicate
        </button>
        <button type="button" onClick={() => actions.edit(entry)}>
          Edit…
        </button>
        <button type="button" className="wf-danger" onClick={() => actions.remove(entry)}>
          Delete
        </button>
      </div>
    </li>
  );
}
