'use client';
import './workflows.css';
import { useRef } from 'react';
import { useWorkflowBusy } from './busy-store.ts';
import { showDialog } from './dialog-store.ts';
import { exportDocument, importFile, newDocument } from './document-actions.ts';
import { renameWorkflow, saveWorkflow, saveWorkflowAs } from './save-actions.ts';
import { WorkflowDialogs } from './WorkflowDialogs.tsx';
import { openShareDialog } from '../sharing/share-dialog-store.ts';
import { ShareDialog } from '../sharing/ShareDialog.tsx';
import { openVersionsPanel } from '../versions/version-actions.ts';
import { VersionsPanel } from '../versions/VersionsPanel.tsx';

/** The top bar's workflow commands and their dialogs. */
export function WorkflowMenu() {
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = useWorkflowBusy((s) => s.busy);
  return (
    <>
      <nav className="wf-menu" aria-label="Workflow">
        <button type="button" onClick={() => void newDocument()} title="Start an empty workflow">
          New
        </button>
        <button type="button" onClick={() => showDialog('open')} title="Open a saved workflow">
          Open…
        </button>
        <button
          type="button"
          onClick={() => void saveWorkflow()}
          disabled={busy}
          aria-busy={busy}
          title="Save (Ctrl+S)"
        >
          Save
        </button>
        <button
          type="button"
          onClick={() => void saveWorkflowAs()}
          disabled={busy}
          title="Save as a new workflow"
        >
          Save as…
        </button>
        <button type="button" onClick={() => void renameWorkflow()} disabled={busy}>
          Rename…
        </button>
        <button type="button" onClick={openVersionsPanel} title="Versions: open, compare, restore">
          Versions…
        </button>
        <button type="button" onClick={openShareDialog} title="Share a link, see forks">
          Share…
        </button>
        <span className="wf-menu__gap" />
        <button
          type="button"
          onClick={() => showDialog('templates')}
          title="Start from a model's template"
        >
          Templates…
        </button>
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          title="Open a workflow .json file"
        >
          Import…
        </button>
        <button type="button" onClick={exportDocument} title="Download this workflow as .json">
          Export
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </nav>
      <WorkflowDialogs />
      <VersionsPanel />
      <ShareDialog />
    </>
  );
}
