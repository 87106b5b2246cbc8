// What the context menu and the shortcuts do with components: make one from the selection (after
// the dialog), ungroup the selected ones, open one, expose an inner port as a component port.
import { GroupError, UngroupError, type WorkflowDocument } from '@tessera/graph';
import { create } from 'zustand';
import { useEditor } from '../state/editor-store.ts';
import { type PortSide, exposePort } from './expose-port.ts';
import {
  type ExposedChoice,
  makeComponent,
  makeNestedComponent,
  selectedInstances,
  ungroupAll,
  ungroupAllInside,
} from './make-component.ts';

interface MakeDialogState {
  /** The nodes the open dialog makes a component of; null while it is closed. */
  readonly nodes: ReadonlySet<string> | null;
}

export const useMakeComponentDialog = create<MakeDialogState>()(() => ({ nodes: null }));

const editor = useEditor.getState;

/** The nodes of `after` that are not the nodes of `before` left alone (all but `replaced`). */
function newNodes(
  before: WorkflowDocument,
  after: WorkflowDocument,
  replaced: ReadonlySet<string>,
): string[] {
  const kept = new Set(before.nodes.filter((n) => !replaced.has(n.id)).map((n) => n.id));
  return after.nodes.filter((node) => !kept.has(node.id)).map((node) => node.id);
}

/**
 * Applies `next` (the whole document) as one undoable edit and selects the nodes it added to
 * the view: all but those left alone (the view's nodes other than `replaced`).
 */
function commitSelectingNew(next: WorkflowDocument, replaced: ReadonlySet<string>): void {
  const before = editor().view;
  editor().edit(() => next);
  editor().select({ nodes: new Set(newNodes(before, editor().view, replaced)), edges: new Set() });
}

/** Opens the dialog for the selected nodes (Ctrl+G), or says what to select first. */
export function requestMakeComponent(): void {
  const nodes = editor().selection.nodes;
  if (nodes.size === 0) {
    editor().notify('error', 'Select the nodes to make a component of first');
    return;
  }
  useMakeComponentDialog.setState({ nodes: new Set(nodes) });
}

export function closeMakeComponent(): void {
  useMakeComponentDialog.setState({ nodes: null });
}

/** Makes the component the dialog describes, as one undoable edit, and selects its node. */
export function confirmMakeComponent(name: string, exposed: readonly ExposedChoice[]): void {
  const nodes = useMakeComponentDialog.getState().nodes;
  closeMakeComponent();
  if (nodes === null) return;
  const { doc, path, view } = editor();
  const open = path.at(-1);
  try {
    // Inside a component, the grouping also rewires the open definition's boundary.
    commitSelectingNew(
      open === undefined
        ? makeComponent(view, nodes, name, exposed)
        : makeNestedComponent(doc, open.component, nodes, name, exposed),
      nodes,
    );
  } catch (error) {
    if (!(error instanceof GroupError)) throw error;
    editor().notify('error', `Cannot make a component: ${error.message}`);
  }
}

/** Replaces each selected component node by its nodes (Ctrl+Shift+G), as one undoable edit. */
export function ungroupSelection(): void {
  const { doc, path, view, selection } = editor();
  const instances = selectedInstances(view, selection.nodes);
  if (instances.length === 0) {
    editor().notify('error', 'Select a component node to ungroup');
    return;
  }
  const open = path.at(-1);
  try {
    commitSelectingNew(
      open === undefined
        ? ungroupAll(view, instances)
        : ungroupAllInside(doc, open.component, instances),
      new Set(instances),
    );
  } catch (error) {
    if (!(error instanceof UngroupError)) throw error;
    editor().notify('error', `Cannot ungroup: ${error.message}`);
  }
}

/**
 * Makes `port` of the open component's inner node `nodeId` a new port of the component, as one
 * undoable edit; every instance shows it.
 */
export function exposeInnerPort(nodeId: string, side: PortSide, port: string): void {
  const { doc, path } = editor();
  const open = path.at(-1);
  const exposed =
    open === undefined ? undefined : exposePort(doc, open.component, nodeId, side, port);
  if (open === undefined || exposed === undefined) {
    editor().notify('error', `Cannot expose ${side} "${port}" of "${nodeId}" on a component`);
    return;
  }
  editor().edit(() => exposed.document);
  const component = exposed.document.components?.[open.component]?.name ?? open.component;
  editor().notify('info', `Added ${side} port "${exposed.name}" to component "${component}"`);
}
