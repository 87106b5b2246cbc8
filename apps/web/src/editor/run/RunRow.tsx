'use client';
// One run in the queue panel: status, overall progress, a bar per node, elapsed time (whole
// seconds while it runs, redrawn once a second), Cancel,
// and where it ran (a timeline per node: runner, server, when).
import { COMPONENT_ID_SEPARATOR } from '@tessera/graph';
import { formatDuration } from '@tessera/protocol/format';
import { useState } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { messageOf, runClient } from './run-client.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { elapsed, formatElapsed, nodeFraction, runFraction } from './run-progress.ts';
import { watchRun } from './run-socket.ts';
import { type NodeRun, isRunEnded } from './run-state.ts';
import { useRuns } from './run-store.ts';
import { RunTimeline } from './RunTimeline.tsx';
import { useNow } from './use-now.ts';

/**
 * A node's id; inside a component (`instance/inner`) the inner node's own name stays whole and
 * the instance path gives way when the column is narrow.
 */
function NodeName({ nodeId, nodeType }: { nodeId: string; nodeType: string }) {
  const cut = nodeId.lastIndexOf(COMPONENT_ID_SEPARATOR) + 1;
  return (
    <span className="run-node__id" title={`${nodeId} (${nodeType})`}>
      {cut > 0 && <span className="run-node__path">{nodeId.slice(0, cut)}</span>}
      <span className="run-node__leaf">{nodeId.slice(cut)}</span>
    </span>
  );
}

function NodeLine({ nodeId, node }: { nodeId: string; node: NodeRun }) {
  const tail =
    node.status === 'cached'
      ? 'cached'
      : node.status === 'done' && node.ms !== null
        ? formatDuration(node.ms)
        : node.status === 'running' && node.step !== null && node.total !== null
          ? `${node.step}/${node.total}`
          : node.status;
  return (
    <li className={`run-node run-node--${node.status}`} data-node-id={nodeId}>
      <NodeName nodeId={nodeId} nodeType={node.nodeType} />
      <ProgressBar fraction={nodeFraction(node)} label={`${nodeId} progress`} />
      <span className="run-node__tail">{tail}</span>
    </li>
  );
}

async function cancelRun(runId: string): Promise<void> {
  try {
    await runClient().runs.cancel.mutate({ id: runId });
  } catch (error) {
    useEditor.getState().notify('error', `Could not cancel the run: ${messageOf(error)}`);
  }
}

export function RunRow({ runId }: { runId: string }) {
  const run = useRuns((s) => s.runs[runId]);
  const current = useRuns((s) => s.currentRunId === runId);
  const [cancelling, setCancelling] = useState(false);
  const open = run !== undefined && !isRunEnded(run.status);
  const now = useNow(open);
  if (!run) return null;
  const since =
    run.status === 'queued'
      ? elapsed(run.queuedAt, null, now)
      : elapsed(run.startedAt ?? run.queuedAt, run.finishedAt, now);
  const ids = run.order.length > 0 ? run.order : Object.keys(run.nodes);
  const show = (): void => {
    useRuns.getState().setCurrent(runId);
    if (!isRunEnded(run.status)) void watchRun(runId);
  };
  return (
    <li
      className={`run-row run-row--${run.status}${current ? ' run-row--current' : ''}`}
      data-testid="run-row"
      data-run-id={runId}
      data-status={run.status}
    >
      <div className="run-row__head">
        <span className={`status-dot status-dot--${run.status}`} />
        <strong className="run-row__status">{run.status}</strong>
        <span className="run-row__name" title={runId}>
          {run.name || runId.slice(0, 8)}
        </span>
        <span className="run-row__time">
          {since === null ? '' : open ? formatElapsed(since) : formatDuration(since)}
        </span>
        {open && (
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              void cancelRun(runId).finally(() => setCancelling(false));
            }}
          >
            Cancel
          </button>
        )}
        {!current && (
          <button type="button" title="Show this run's results on the canvas" onClick={show}>
            Show
          </button>
        )}
      </div>
      <ProgressBar fraction={runFraction(run)} label="Run progress" />
      {run.error !== null && <p className="run-row__error">{run.error}</p>}
      {ids.length > 0 && (
        <ul className="run-row__nodes">
          {ids.map((id) => {
            const node = run.nodes[id];
            return node ? <NodeLine key={id} nodeId={id} node={node} /> : null;
          })}
        </ul>
      )}
      {run.status !== 'queued' && <RunTimeline runId={runId} status={run.status} />}
    </li>
  );
}
