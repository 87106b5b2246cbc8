'use client';
// The side panel's Queue (this page's runs first, then recent ones from the hub) and Runners
// (who is connected, what each runs, busy or idle).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTRPC } from '../../lib/trpc.ts';
import { catalogue } from '../model/catalogue.ts';
import { RunRow } from './RunRow.tsx';
import { runShapeOfStored } from './run-shape.ts';
import { catchUp, connectWhenIdle, watchRun } from './run-socket.ts';
import { useRuns } from './run-store.ts';

const RECENT = 20;
/** Listed runs already loaded (or being loaded) into the run store. */
const requested = new Set<string>();

export function QueuePanel() {
  const trpc = useTRPC();
  const changes = useRuns((s) => s.changes);
  const session = useRuns((s) => s.session);
  const recent = useQuery(trpc.runs.list.queryOptions({ limit: RECENT }));
  const { refetch } = recent;
  useEffect(() => {
    void refetch();
  }, [changes, refetch]);
  useEffect(() => {
    for (const record of recent.data ?? []) {
      if (requested.has(record.id) || useRuns.getState().runs[record.id]) continue;
      requested.add(record.id);
      const shape = runShapeOfStored(record.document, catalogue);
      if (record.status === 'queued' || record.status === 'running')
        void watchRun(record.id, shape);
      else void catchUp(record.id, shape);
    }
  }, [recent.data]);

  const inSession = new Set(session);
  const listed = [
    ...session,
    ...(recent.data ?? []).map((r) => r.id).filter((id) => !inSession.has(id)),
  ];
  // Only the ids (not the runs) here: a streamed token re-renders its row, not the list.
  const ids = useRuns(useShallow((s) => listed.filter((id) => s.runs[id] !== undefined)));
  if (ids.length === 0)
    return (
      <p className="empty">
        {recent.isPending ? 'Loading runs…' : 'No runs yet. Press Ctrl+Enter to run the workflow.'}
      </p>
    );
  return (
    <ul className="run-list">
      {ids.map((id) => (
        <RunRow key={id} runId={id} />
      ))}
    </ul>
  );
}

function useOrigin(): string {
  const [origin, setOrigin] = useState('http://HOST:PORT');
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}

export function RunnersPanel() {
  const runners = useRuns((s) => s.runners);
  const origin = useOrigin();
  useEffect(connectWhenIdle, []);
  if (runners === null) return <p className="empty">Looking for runners…</p>;
  if (runners.length === 0)
    return (
      <div className="empty runners-empty" data-testid="runners-empty">
        <p>No runner connected — start one with</p>
        <code>pnpm tessera runner --hub {origin} --token …</code>
      </div>
    );
  return (
    <ul className="runner-list" data-testid="runner-list">
      {runners.map((runner) => (
        <li key={runner.name} className="runner" data-testid="runner-row">
          <div className="runner__head">
            <span
              className={`runner__dot runner__dot--${runner.busy === true ? 'busy' : 'idle'}`}
              title={runner.busy === true ? 'Busy: running a job' : 'Idle'}
            />
            <strong className="runner__name">{runner.name}</strong>
            <span className="runner__state">{runner.busy === true ? 'busy' : 'idle'}</span>
          </div>
          <div className="runner__tags" aria-label="Providers">
            {runner.providers.map((p) => (
              <span key={p} className="chip chip--provider">
                {p}
              </span>
            ))}
          </div>
          <div className="runner__tags" aria-label="Stages">
            {runner.nodeTypes.map((t) => (
              <span key={t} className="chip">
                {t}
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
