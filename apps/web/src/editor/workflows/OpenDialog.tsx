'use client';
import { useMemo, useState } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { type WorkflowSummary, api } from './api.ts';
import { closeDialog } from './dialog-store.ts';
import { confirmDiscard, openSaved } from './document-actions.ts';
import { ListStatus } from './ListStatus.tsx';
import { Modal } from './Modal.tsx';
import { formatUpdated } from './updated-time.ts';
import { useServerList } from './use-server-list.ts';

const loadWorkflows = (): Promise<WorkflowSummary[]> => api().workflows.list.query();

async function open(id: string): Promise<void> {
  closeDialog();
  if (await confirmDiscard('Opening another workflow')) await openSaved(id);
}

function byRecent(a: WorkflowSummary, b: WorkflowSummary): number {
  return new Date(b.updatedAt).getTime() - new Date(a.updatedAt).getTime();
}

function WorkflowItem({ workflow, isOpen }: { workflow: WorkflowSummary; isOpen: boolean }) {
  const updated = new Date(workflow.updatedAt);
  return (
    <li>
      <button type="button" className="wf-item" onClick={() => void open(workflow.id)}>
        <span className="wf-item__name">
          {workflow.name}
          {isOpen && <span className="wf-item__tag">open</span>}
        </span>
        <span className="wf-item__meta">
          <time dateTime={updated.toISOString()} title={updated.toLocaleString()}>
            Updated {formatUpdated(updated, new Date())}
          </time>{' '}
          · version {workflow.version}
        </span>
      </button>
    </li>
  );
}

/** Open…: the saved workflows, most recent first, filtered as you type. */
export function OpenDialog() {
  const list = useServerList(loadWorkflows);
  const openId = useEditor((s) => s.savedAs?.id);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    if (list.status !== 'ready') return [];
    const q = query.trim().toLowerCase();
    return list.items.filter((w) => w.name.toLowerCase().includes(q)).sort(byRecent);
  }, [list, query]);
  return (
    <Modal label="Open workflow" onClose={closeDialog} className="wf-dialog--list">
      <input
        type="search"
        className="wf-search"
        placeholder="Search saved workflows…"
        aria-label="Search workflows"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          const first = shown[0];
          if (e.key === 'Enter' && first) void open(first.id);
        }}
      />
      <ListStatus list={list} what="the saved workflows" />
      {list.status === 'ready' && list.items.length === 0 && (
        <p className="wf-empty">
          No saved workflows yet. Save the open one with <kbd>Ctrl+S</kbd> and it appears here.
        </p>
      )}
      {list.status === 'ready' && list.items.length > 0 && shown.length === 0 && (
        <p className="wf-empty">No saved workflow matches “{query.trim()}”.</p>
      )}
      {shown.length > 0 && (
        <ul className="wf-list" aria-label="Saved workflows">
          {shown.map((w) => (
            <WorkflowItem key={w.id} workflow={w} isOpen={w.id === openId} />
          ))}
        </ul>
      )}
      <div className="wf-actions">
        <button type="button" onClick={closeDialog}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
