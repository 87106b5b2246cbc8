'use client';
// A lab run's status and progress from the editor's run store.
import { runFraction } from '../editor/run/run-progress.ts';
import { useRuns } from '../editor/run/run-store.ts';

export function RunProgress({ runId, label }: { runId: string; label: string }) {
  const run = useRuns((s) => s.runs[runId]);
  const status = run?.status ?? 'queued';
  const fraction = run ? runFraction(run) : 0;
  return (
    <div className="lab-run" data-testid="lab-run" data-run-id={runId} data-status={status}>
      <span className={`status-dot status-dot--${status}`} />
      <span>{label}</span>
      <div
        className="progress"
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuenow={Math.round(fraction * 100)}
      >
        <div className="progress__fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <span className="lab-muted">{status}</span>
    </div>
  );
}
