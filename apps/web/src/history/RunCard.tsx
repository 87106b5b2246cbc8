'use client';
// One run in the history: the saved image and the plan preview, status, duration, params, where
// it ran (a timeline per node) and what can be done with it (open its snapshot in the editor,
// run it again).
import { formatDuration } from '@tessera/protocol/format';
import { formatUpdated } from '../editor/workflows/updated-time.ts';
import { artifactUrl, editorUrlForWorkflow, toDate } from '../library/library-api.ts';
import { RunTimeline } from '../editor/run/RunTimeline.tsx';
import { RunStatusBadge } from '../library/RunStatus.tsx';
import { type HistoryEntry, editorUrlForRun } from './history-api.ts';
import { summarizeRun } from './run-summary.ts';

function WorkflowLink({ entry }: { entry: HistoryEntry }) {
  if (entry.workflowId === null || entry.workflowName === null)
    return <span className="lib-muted">Unsaved workflow</span>;
  if (entry.workflowDeleted)
    return <span className="lib-muted">{entry.workflowName} (in the Trash)</span>;
  return <a href={editorUrlForWorkflow(entry.workflowId)}>{entry.workflowName}</a>;
}

export function RunCard({
  entry,
  onRerun,
  rerunning,
}: {
  entry: HistoryEntry;
  onRerun: (entry: HistoryEntry) => void;
  rerunning: boolean;
}) {
  const summary = summarizeRun(entry.document);
  const modelsChanged = entry.modelsChanged.length > 0;
  return (
    <li className="hist-card" data-testid="history-run" data-run-id={entry.id}>
      <div className="hist-card__images">
        {entry.savedImageId ? (
          <a href={artifactUrl(entry.savedImageId)} target="_blank" rel="noreferrer">
            <img
              src={artifactUrl(entry.savedImageId)}
              alt={`The image run ${entry.id} saved`}
              loading="lazy"
              data-testid="run-image"
              data-artifact-id={entry.savedImageId}
            />
          </a>
        ) : (
          <span className="hist-card__no-image">
            {entry.status === 'succeeded' ? 'No saved image' : 'No image'}
          </span>
        )}
        {entry.planPreviewId && (
          <img
            className="hist-card__plan"
            src={artifactUrl(entry.planPreviewId)}
            alt="The plan, as a mosaic"
            title="The plan, as a mosaic of codebook patches"
            loading="lazy"
            data-testid="run-plan-preview"
          />
        )}
      </div>
      <div className="hist-card__body">
        <div className="hist-card__head">
          <RunStatusBadge status={entry.status} />
          <span className="lib-muted" title="Duration">
            {entry.durationMs === null ? '—' : formatDuration(entry.durationMs)}
          </span>
          <span className="lib-muted" title={toDate(entry.queuedAt).toLocaleString()}>
            {formatUpdated(toDate(entry.queuedAt), new Date())}
          </span>
          {modelsChanged && (
            <span
              className="hist-badge hist-badge--warn"
              data-testid="models-changed"
              title={`A runner now holds another package of ${entry.modelsChanged.join(', ')}: a re-run may not reproduce this image.`}
            >
              models changed since this run
            </span>
          )}
        </div>
        <WorkflowLink entry={entry} />
        {summary.prompt && <p className="hist-card__prompt">“{summary.prompt}”</p>}
        {summary.params.length > 0 && (
          <p className="hist-card__params">{summary.params.join(' · ')}</p>
        )}
        {entry.error && (
          <p className="hist-card__error" role="note">
            {entry.errorNodeId ? `${entry.errorNodeId}: ` : ''}
            {entry.error}
          </p>
        )}
        {entry.status !== 'queued' && <RunTimeline runId={entry.id} status={entry.status} />}
      </div>
      <div className="lib-card__actions">
        <a className="button" href={editorUrlForRun(entry.id)}>
          Open in editor
        </a>
        <button
          type="button"
          className="primary"
          disabled={rerunning}
          onClick={() => onRerun(entry)}
          title="Queue this run's exact snapshot again"
        >
          {rerunning ? 'Queuing…' : 'Re-run'}
        </button>
        {entry.planId && (
          <a
            className="button"
            href={artifactUrl(entry.planId, true)}
            title="Download the plan (.tplan)"
          >
            Plan
          </a>
        )}
      </div>
    </li>
  );
}
