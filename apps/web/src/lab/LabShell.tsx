'use client';
// The Plan Lab page: open plans (from a run's output, a .tplan file or a Tessera PNG), see,
// edit, lock, render, resample, compare and sweep them.
import { useEffect, useRef, useState } from 'react';
import { codebookFor } from '../editor/run/codebooks.ts';
import { clientSocket } from '../editor/run/run-socket.ts';
import { useRuns } from '../editor/run/run-store.ts';
import { useCodebooks } from '../editor/run/use-artifacts.ts';
import { takeHandedPlan } from '../editor/drop/plan-handoff.ts';
import { CellInspector } from './CellInspector.tsx';
import { CodebookPalette } from './CodebookPalette.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { activePlan, comparePlan, useLab } from './lab-store.ts';
import { takeResults } from './lab-runs.ts';
import { openArtifact, openFile } from './open-actions.ts';
import { downloadPlan, editedPlan } from './plan-export.ts';
import { PlanColumn } from './PlanColumn.tsx';
import { PlanTabs } from './PlanTabs.tsx';
import { RenderPanel } from './RenderPanel.tsx';
import { SweepPanel } from './SweepPanel.tsx';
import { ToolBar } from './ToolBar.tsx';
import { useLabKeys } from './use-lab-keys.ts';
import { ViewOptions } from './ViewOptions.tsx';
import { AccountMenu } from '../account/AccountMenu.tsx';

function useStartFromAddress(): void {
  useEffect(() => {
    clientSocket();
    const q = new URLSearchParams(window.location.search);
    const artifactId = q.get('artifact');
    if (artifactId) void openArtifact({ artifactId, runId: q.get('run'), nodeId: q.get('node') });
    // A plan dropped on the editor, handed over through sessionStorage.
    const dropped = q.get('from') === 'drop' ? takeHandedPlan() : null;
    if (dropped) void openFile(dropped);
    return useRuns.subscribe((s, before) => {
      if (s.runs !== before.runs) takeResults(s.runs);
    });
  }, []);
}

function Message() {
  const message = useLab((s) => s.message);
  if (!message) return null;
  return (
    <div
      className={`lab-message lab-message--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{message.text}</span>
      <button type="button" aria-label="Dismiss" onClick={() => useLab.getState().dismiss()}>
        ×
      </button>
    </div>
  );
}

export function LabShell() {
  useLabKeys();
  useStartFromAddress();
  const file = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const plan = useLab(activePlan);
  const other = useLab(comparePlan);
  const books = useCodebooks(true);
  const book = books && plan ? (codebookFor(books, plan.plan.width) ?? null) : null;
  const openFiles = (files: FileList | null) => {
    for (const f of files ?? []) void openFile(f);
  };
  return (
    <div
      className={`lab${dragging ? ' lab--drop' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        openFiles(e.dataTransfer.files);
      }}
    >
      <header className="topbar">
        <span className="brand">Tessera · Plan Lab</span>
        <a className="lab-link" href="/">
          Editor
        </a>
        <a className="lab-link" href="/library">
          Library
        </a>
        <a className="lab-link" href="/history">
          History
        </a>
        <a className="lab-link" href="/gallery">
          Gallery
        </a>
        <button type="button" onClick={() => file.current?.click()}>
          Open plan…
        </button>
        <input
          ref={file}
          type="file"
          hidden
          accept=".tplan,.png,image/png,application/octet-stream"
          multiple
          data-testid="lab-open-file"
          onChange={(e) => {
            openFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <button
          type="button"
          disabled={!plan}
          onClick={() =>
            plan && downloadPlan(editedPlan(plan.plan, plan.history.present.ids), plan.name)
          }
        >
          Export .tplan
        </button>
        <PlanTabs />
        <AccountMenu />
      </header>
      <Message />
      {!plan ? (
        <div className="lab-empty">
          <h1>Plan Lab</h1>
          <p>Open a plan: from a run in the editor, a .tplan file or a Tessera PNG.</p>
          <p className="lab-muted">
            In the editor, a planner’s or expander’s plan has an “Open in Plan Lab” link once it has
            run. Or drop a file here.
          </p>
          <button type="button" className="primary" onClick={() => file.current?.click()}>
            Open a file…
          </button>
        </div>
      ) : (
        <div className="lab-workspace">
          <aside className="lab-left">
            <ToolBar />
            <CodebookPalette codebook={book} />
            <CellInspector />
          </aside>
          <main className="lab-center">
            <PlanColumn
              plan={plan}
              interactive
              diffWith={other?.history.present.ids ?? null}
              role="active"
            />
            {other && (
              <PlanColumn
                plan={other}
                interactive={false}
                diffWith={plan.history.present.ids}
                role="compare"
              />
            )}
          </main>
          <aside className="lab-right">
            <ViewOptions />
            <RenderPanel />
            <ComparePanel />
            <h3 className="lab-h">Sweep</h3>
            <SweepPanel />
          </aside>
        </div>
      )}
    </div>
  );
}
