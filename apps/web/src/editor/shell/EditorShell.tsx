'use client';
// First: it sends the address's workflow request before the other modules are evaluated.
import '../workflows/early-start-request.ts';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { EditorCanvas } from '../canvas/EditorCanvas.tsx';
import { useFitNodes } from '../canvas/fit-nodes.ts';
import { ComponentLibraryDialogs } from '../component-library/ComponentLibraryDialogs.tsx';
import { requestMakeComponent, ungroupSelection } from '../components/component-actions.ts';
import { ComponentBreadcrumb } from '../components/ComponentBreadcrumb.tsx';
import { MakeComponentDialog } from '../components/MakeComponentDialog.tsx';
import { NodeContextMenu } from '../components/NodeContextMenu.tsx';
import { FileDropArea } from '../drop/FileDropArea.tsx';
import { MissingPiecesPanel } from '../missing/MissingPiecesPanel.tsx';
import { NodeSearch } from '../palette/NodeSearch.tsx';
import { useNodeSearch } from '../palette/search-store.ts';
import { useRunAction } from '../run/use-run-action.ts';
import { isDirty, useEditor } from '../state/editor-store.ts';
import { SweepBanner } from '../sweep/SweepBanner.tsx';
import { WorkflowMenu } from '../workflows/WorkflowMenu.tsx';
import { useInitialDocument } from '../workflows/use-initial-document.ts';
import { useSaveAction } from '../workflows/use-save-action.ts';
import { VersionSwitch } from '../versions/VersionCanvas.tsx';
import { readClipboard, writeClipboard } from './clipboard.ts';
import { HelpDialog } from './HelpDialog.tsx';
import { NodePalette } from './NodePalette.tsx';
import { Notice } from './Notice.tsx';
import { SidePanel } from './SidePanel.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import { AccountMenu } from '../../account/AccountMenu.tsx';

function EmptyCanvas() {
  const empty = useEditor((s) => s.doc.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="canvas-empty" data-testid="empty-canvas">
      <p>
        <strong>The canvas is empty.</strong>
      </p>
      <p>
        Double-click or press Space to add a node, pick one from the palette, open a template, or
        drop a workflow or a saved image here.
      </p>
    </div>
  );
}

function Editor() {
  useInitialDocument();
  const [help, setHelp] = useState(false);
  const flow = useReactFlow();
  const fitNodes = useFitNodes();
  const name = useEditor((s) => s.doc.name);
  const dirty = useEditor(isDirty);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const { run, label, disabledReason } = useRunAction();
  const { save } = useSaveAction();

  const openSearchAtCentre = (): void => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const centre = pane
      ? { x: pane.x + pane.width / 2, y: pane.y + pane.height / 3 }
      : { x: 400, y: 200 };
    useNodeSearch.getState().openSearch({ at: flow.screenToFlowPosition(centre) });
  };
  const editor = useEditor.getState;
  useShortcuts({
    run, // checks the current document itself, and says why it cannot run
    save,
    undo: () => editor().undo(),
    redo: () => editor().redo(),
    copy: () => {
      const fragment = editor().copySelection();
      if (fragment) writeClipboard(fragment);
    },
    paste: () => {
      const fragment = readClipboard();
      if (fragment) editor().paste(fragment);
    },
    duplicate: () => editor().duplicateSelection(),
    delete: () => editor().removeSelected(),
    selectAll: () => editor().selectAll(),
    search: openSearchAtCentre,
    fitView: () => fitNodes(),
    group: requestMakeComponent,
    ungroup: ungroupSelection,
    leaveComponent: () => {
      if (editor().path.length === 0) return false; // no component open: Escape is the page's
      editor().leaveComponents(editor().path.length - 1);
    },
    help: () => setHelp(true),
  });

  return (
    <div className="editor">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <nav className="topbar-links" aria-label="Pages">
          <a href="/library">Library</a>
          <a href="/history">History</a>
          <a href="/lab">Plan Lab</a>
          <a href="/gallery">Gallery</a>
        </nav>
        <WorkflowMenu />
        <span className="doc-name" data-testid="doc-name">
          {name}
          {dirty && (
            <span className="dirty" title="Unsaved changes" data-testid="dirty-indicator">
              ●
            </span>
          )}
        </span>
        <span className="spacer" />
        <div className="topbar-end">
          <button
            type="button"
            onClick={() => editor().undo()}
            disabled={!canUndo}
            title="Undo (Ctrl+Z)"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => editor().redo()}
            disabled={!canRedo}
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
          <button type="button" onClick={() => setHelp(true)} title="Keyboard shortcuts (?)">
            ?
          </button>
          <span className="run-control" title={disabledReason ?? 'Run (Ctrl+Enter)'}>
            <button
              type="button"
              className="primary"
              onClick={run}
              disabled={disabledReason !== null}
              data-testid="run-button"
            >
              ▶ {label}
            </button>
            {disabledReason !== null && (
              <span className="run-control__why" data-testid="run-disabled-reason">
                {disabledReason}
              </span>
            )}
          </span>
          <AccountMenu />
        </div>
      </header>
      <main className="workspace">
        <NodePalette />
        <FileDropArea className="canvas">
          <VersionSwitch>
            <EditorCanvas />
            <EmptyCanvas />
            <ComponentBreadcrumb />
          </VersionSwitch>
          <SweepBanner />
          <MissingPiecesPanel />
        </FileDropArea>
        <SidePanel />
      </main>
      <NodeSearch />
      <NodeContextMenu />
      <MakeComponentDialog />
      <ComponentLibraryDialogs />
      <Notice />
      {help && <HelpDialog onClose={() => setHelp(false)} />}
    </div>
  );
}

/** The whole editor page. */
export function EditorShell() {
  return (
    <ReactFlowProvider>
      <Editor />
    </ReactFlowProvider>
  );
}
