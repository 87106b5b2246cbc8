// A run's status as a coloured dot and a word, with when it ended (shared with the history).
import { formatUpdated } from '../editor/workflows/updated-time.ts';
import { toDate } from './library-api.ts';

export function RunStatusBadge({ status }: { status: string }) {
  return (
    <span className={`run-status run-status--${status}`} data-testid="run-status">
      {status}
    </span>
  );
}

export function LastRun({
  run,
}: {
  run: { status: string; queuedAt: Date | string; finishedAt: Date | string | null } | null;
}) {
  if (!run) return <span className="lib-muted">Never run</span>;
  const when = toDate(run.finishedAt ?? run.queuedAt);
  return (
    <span className="lib-last-run">
      Last run <RunStatusBadge status={run.status} /> {formatUpdated(when, new Date())}
    </span>
  );
}
