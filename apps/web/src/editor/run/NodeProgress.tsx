'use client';
// A node's line of run state under its widgets: a thin progress bar (step/total) with the time
// so far while it runs (whole seconds, redrawn once a second), 'cached' or its time once done,
// and its error in place.
import { formatDuration } from '@tessera/protocol/format';
import { useShallow } from 'zustand/react/shallow';
import { ProgressBar } from './ProgressBar.tsx';
import { elapsed, formatElapsed } from './run-progress.ts';
import { currentNodeRun, useRuns } from './run-store.ts';
import { useNow } from './use-now.ts';

export function NodeProgress({ nodeId }: { nodeId: string }) {
  const node = useRuns(
    useShallow((s) => {
      const n = currentNodeRun(s, nodeId);
      return n
        ? {
            status: n.status,
            step: n.step,
            total: n.total,
            startedAt: n.startedAt,
            finishedAt: n.finishedAt,
            ms: n.ms,
            attempt: n.attempt,
          }
        : null;
    }),
  );
  const running = node?.status === 'running';
  const now = useNow(running);
  if (node === null) return <div className="node-progress node-progress--idle" />;
  const { status, step, total } = node;
  const fraction =
    status === 'done' || status === 'cached'
      ? 1
      : running && step !== null && total !== null && total > 0
        ? Math.min(1, step / total)
        : 0;
  const indeterminate = running && (total === null || total <= 0);
  let text = '';
  if (running) {
    const so = elapsed(node.startedAt, null, now);
    text = [
      step !== null && total !== null && total > 0 ? `${step}/${total}` : '',
      so !== null ? formatElapsed(so) : '',
      node.attempt > 1 ? `attempt ${node.attempt}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
  } else if (status === 'done') text = node.ms !== null ? formatDuration(node.ms) : 'done';
  else if (status === 'queued')
    text = node.attempt > 1 ? `waiting (attempt ${node.attempt})` : 'waiting';
  return (
    <div className={`node-progress node-progress--${status}`}>
      <ProgressBar fraction={fraction} label={`${nodeId} progress`} indeterminate={indeterminate} />
      {status === 'cached' ? (
        <span className="cached-badge" data-testid={`cached-${nodeId}`}>
          cached
        </span>
      ) : (
        <span className="node-progress__text">{text}</span>
      )}
    </div>
  );
}

/** The node's error (or why it was skipped) where the node is. */
export function NodeError({ nodeId }: { nodeId: string }) {
  const node = useRuns(
    useShallow((s) => {
      const n = currentNodeRun(s, nodeId);
      return n ? { status: n.status, error: n.error } : null;
    }),
  );
  if (node === null || node.error === null) return null;
  if (node.status === 'failed')
    return (
      <p className="node-run__error" role="alert">
        {node.error}
      </p>
    );
  if (node.status === 'skipped' || node.status === 'queued')
    return <p className="node-run__note">{node.error}</p>;
  return null;
}
