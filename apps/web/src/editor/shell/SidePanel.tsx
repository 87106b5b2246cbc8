'use client';
import { useState } from 'react';
import { QueuePanel, RunnersPanel } from '../run/RunPanels.tsx';
import { useEditor } from '../state/editor-store.ts';
import { useValidation } from '../state/live-validation.ts';

const TABS = ['Queue', 'Problems', 'Runners'] as const;
type Tab = (typeof TABS)[number];

function ProblemsPanel() {
  const { result } = useValidation();
  const select = useEditor((s) => s.select);
  if (result.problems.length === 0)
    return <p className="empty">No problems: the workflow can run.</p>;
  return (
    <ul className="problems">
      {result.problems.map((p, i) => (
        <li key={i} className={`problem problem--${p.severity}`}>
          <button
            type="button"
            disabled={p.nodeId === undefined}
            onClick={() => p.nodeId && select({ nodes: new Set([p.nodeId]), edges: new Set() })}
          >
            {p.nodeId !== undefined && <strong>{p.nodeId}: </strong>}
            {p.message}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function SidePanel() {
  const [tab, setTab] = useState<Tab>('Queue');
  const { errors } = useValidation();
  return (
    <aside className="side-panel">
      <div role="tablist" className="tabs">
        {TABS.map((t) => (
          <button
            key={t}
            role="tab"
            type="button"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
          >
            {t}
            {t === 'Problems' && errors.length > 0 && (
              <span className="badge">{errors.length}</span>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="side-panel__body">
        {tab === 'Queue' && <QueuePanel />}
        {tab === 'Problems' && <ProblemsPanel />}
        {tab === 'Runners' && <RunnersPanel />}
      </div>
    </aside>
  );
}
