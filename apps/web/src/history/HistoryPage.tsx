'use client';
// Every run, newest first: images, plan previews, status, duration and params; filter by
// workflow and status; open a run's snapshot in the editor or run it again.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../editor/workflows/api.ts';
import { errorMessage } from '../editor/workflows/trpc-errors.ts';
import { SiteNav } from '../library/SiteNav.tsx';
import { Toast, type ToastMessage } from '../library/Toast.tsx';
import { useTRPC } from '../lib/trpc.ts';
import {
  type HistoryEntry,
  type RunStatusFilter,
  anyActive,
  runStatusFilters,
} from './history-api.ts';
import { RunCard } from './RunCard.tsx';

const POLL_MS = 1500;

export function HistoryPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [workflowId, setWorkflowId] = useState('');
  const [status, setStatus] = useState<RunStatusFilter | ''>('');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [rerunning, setRerunning] = useState<ReadonlySet<string>>(new Set());
  const workflows = useQuery(trpc.workflows.list.queryOptions({ sort: 'name' }));
  const history = useQuery({
    ...trpc.runs.history.queryOptions({
      ...(workflowId ? { workflowId } : {}),
      ...(status ? { status: [status] } : {}),
    }),
    refetchInterval: (query) => (anyActive(query.state.data ?? []) ? POLL_MS : false),
  });
  const entries = history.data ?? [];

  const rerun = async (entry: HistoryEntry): Promise<void> => {
    setRerunning((s) => new Set(s).add(entry.id));
    try {
      const queued = await api().runs.rerun.mutate({ id: entry.id });
      setToast({
        kind: 'info',
        text: `Queued a re-run of ${entry.workflowName ?? 'the run'} (${queued.id.slice(0, 8)})`,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.runs.history.pathKey() });
    } catch (error) {
      setToast({ kind: 'error', text: `Could not re-run: ${errorMessage(error)}` });
    } finally {
      setRerunning((s) => {
        const next = new Set(s);
        next.delete(entry.id);
        return next;
      });
    }
  };

  return (
    <div className="lib-page">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <SiteNav current="/history" />
      </header>
      <main className="lib-main">
        <div className="lib-toolbar">
          <label className="lib-sort">
            Workflow
            <select
              aria-label="Filter by workflow"
              value={workflowId}
              onChange={(e) => setWorkflowId(e.currentTarget.value)}
            >
              <option value="">All workflows</option>
              {(workflows.data ?? []).map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
          <label className="lib-sort">
            Status
            <select
              aria-label="Filter by status"
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as RunStatusFilter | '')}
            >
              <option value="">Any status</option>
              {runStatusFilters.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </div>
        {history.isPending ? (
          <p className="lib-empty">Loading runs…</p>
        ) : history.isError ? (
          <p className="lib-empty lib-empty--error" role="alert">
            Could not load the history: {history.error.message}
          </p>
        ) : entries.length === 0 ? (
          <p className="lib-empty" data-testid="history-empty">
            {workflowId || status ? (
              <>
                No run matches these filters.
                <button
                  type="button"
                  onClick={() => {
                    setWorkflowId('');
                    setStatus('');
                  }}
                >
                  Show all runs
                </button>
              </>
            ) : (
              <>
                No runs yet. <a href="/">Open the editor</a> and press Ctrl+Enter to run a workflow:
                every run is kept here.
              </>
            )}
          </p>
        ) : (
          <ul className="hist-grid">
            {entries.map((entry) => (
              <RunCard
                key={entry.id}
                entry={entry}
                rerunning={rerunning.has(entry.id)}
                onRerun={(e) => void rerun(e)}
              />
            ))}
          </ul>
        )}
      </main>
      <Toast message={toast} onDismiss={() => setToast(null)} />
    </div>
  );
}
