'use client';
// Where a run went, as a timeline: per node, the runner and server that executed it and when
// (per-stage placement, and a run continued by another server, made visible). Folded by
// default; read from `runs.get` when opened, and again while the run goes on.
import { formatDuration } from '@tessera/protocol/format';
import { useEffect, useState } from 'react';
import { messageOf, runClient } from './run-client.ts';
import { type TimelineNodeInput, type TimelineRow, timelineOf } from './run-timeline.ts';
import { useNow } from './use-now.ts';
import './run-timeline.css';

const ENDED = new Set(['succeeded', 'failed', 'cancelled']);

const clock = (date: Date | null): string => (date ? date.toLocaleTimeString() : '—');

function Row({ row }: { row: TimelineRow }) {
  const tail = row.ms !== null ? formatDuration(row.ms) : row.status;
  return (
    <li
      className={`run-timeline__row run-timeline__row--${row.status}`}
      data-node-id={row.nodeId}
      title={`${row.nodeType}: ${clock(row.startedAt)} → ${clock(row.finishedAt)}`}
    >
      <span className="run-timeline__node">{row.nodeId}</span>
      <span className="run-timeline__track">
        <span
          className={`run-timeline__bar run-timeline__bar--c${row.colour}`}
          style={{ left: `${row.offset * 100}%`, width: `${row.width * 100}%` }}
        />
      </span>
      <span className="run-timeline__place" data-testid="timeline-place">
        {row.place}
      </span>
      <span className="run-timeline__ms">{tail}</span>
    </li>
  );
}

export function RunTimeline({ runId, status }: { runId: string; status: string }) {
  const [open, setOpen] = useState(false);
  const [nodes, setNodes] = useState<readonly TimelineNodeInput[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ongoing = !ENDED.has(status);
  const tick = useNow(open && ongoing, 2_000);
  useEffect(() => {
    if (!open) return;
    let live = true;
    runClient()
      .runs.get.query({ id: runId })
      .then(
        (run) => {
          if (!live) return;
          setNodes(run.nodes);
          setError(null);
        },
        (cause: unknown) => {
          if (live) setError(messageOf(cause));
        },
      );
    return () => {
      live = false;
    };
  }, [open, runId, status, tick]);
  const timeline = nodes ? timelineOf(nodes, new Date(tick)) : null;
  return (
    <details
      className="run-timeline"
      data-testid="run-timeline"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Where it ran</summary>
      {error !== null && <p className="run-timeline__error">{error}</p>}
      {timeline && (
        <>
          <p className="run-timeline__summary">
            {timeline.runners.length} runner{timeline.runners.length === 1 ? '' : 's'} ·{' '}
            {timeline.servers.length} server{timeline.servers.length === 1 ? '' : 's'} ·{' '}
            {formatDuration(timeline.spanMs)}
          </p>
          <ol className="run-timeline__rows">
            {timeline.rows.map((row) => (
              <Row key={row.nodeId} row={row} />
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
