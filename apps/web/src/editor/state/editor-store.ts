// The editor's state: the open document with undo/redo, the selection, and where it is saved.
// Every change to the document goes through here, so every edit can be undone.
import {
  type NodeId,
  type Position,
  type WorkflowDocument,
  componentIdOf,
  pruneBrokenBoundaries,
} from '@tessera/graph';
import { create } from 'zustand';
import { connect as connectPorts } from '../model/connections.ts';
import {
  addNode as addDocNode,
  emptyDocument,
  moveNodes,
  removeElements,
  renameNode as renameDocNode,
  setParam as setDocParam,
} from '../model/document-ops.ts';
import { type Fragment, extractFragment, pasteFragment } from '../model/fragment.ts';
import {
  type ComponentPath,
  reachablePath,
  viewOf,
  withView,
} from '../components/component-view.ts';
import { droppedBoundaryNotice } from '../components/dropped-boundary-notice.ts';
import { type History, record, redo, startHistory, undo } from './history.ts';

/** Where the open document is saved: nowhere yet, or a workflow at a version. */
export interface SavedAs {
  readonly id: string;
  readonly version: number;
}

export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** Distinguishes two notices with the same text. */
  readonly at: number;
}

export interface EditorState {
  readonly doc: WorkflowDocument;
  /** The components opened for editing, outermost first; empty at the workflow itself. */
  readonly path: ComponentPath;
  /**
   * What the canvas shows and edits act on: `doc`, or the open definition as a document (its
   * edits are written back into the definition).
   */
  readonly view: WorkflowDocument;
  /** The document as of the last edit that was not a move: what validation looks at. */
  readonly structure: WorkflowDocument;
  /** Undo/redo of the document; its `present` is always `doc`. */
  readonly history: History<WorkflowDocument>;
  readonly selection: Selection;
  readonly savedAs: SavedAs | null;
  /** The document as last saved or opened; the open one is unsaved when it differs. */
  readonly savedDoc: WorkflowDocument | null;
  readonly notice: Notice | null;
  /** Counts `open` calls: the canvas fits the view to each newly opened document. */
  readonly opened: number;
}

export interface EditorActions {
  /** Opens a document, forgetting the history (a new tab of work). */
  readonly open: (
    doc: WorkflowDocument,
    savedAs: SavedAs | null,
    options?: { dirty?: boolean },
  ) => void;
  /** Replaces the whole document with `change(doc)` as one undoable edit. */
  readonly edit: (change: (doc: WorkflowDocument) => WorkflowDocument) => void;
  // The edits below act on the view: the document, or the open component's definition.
  /** Replaces the view with `change(view)` as one undoable edit (selecting `select` after). */
  readonly editView: (
    change: (view: WorkflowDocument) => WorkflowDocument,
    select?: readonly string[],
  ) => void;
  readonly addNode: (type: string, position: Position) => NodeId;
  /** Connects two ports; false (and a notice saying why) when the connection is refused. */
  readonly connect: (
    from: { node: string; port: string },
    to: { node: string; port: string },
  ) => boolean;
  readonly setParam: (nodeId: string, name: string, value: unknown) => void;
  readonly renameNode: (nodeId: string, title: string) => void;
  readonly removeSelected: () => void;
  readonly removeEdges: (ids: readonly string[]) => void;
  readonly select: (selection: Selection) => void;
  readonly selectAll: () => void;
  /** Moves nodes as one undoable edit (the canvas calls it once per drag, when it ends). */
  readonly moveTo: (positions: ReadonlyMap<string, Position>) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly copySelection: () => Fragment | undefined;
  readonly paste: (fragment: Fragment, offset?: Position) => void;
  readonly duplicateSelection: () => void;
  readonly markSaved: (savedAs: SavedAs, doc: WorkflowDocument) => void;
  readonly notify: (kind: Notice['kind'], text: string) => void;
  readonly dismissNotice: () => void;
  /** Opens the component node `instanceId` of the view to edit its definition inside. */
  readonly enterComponent: (instanceId: string) => void;
  /** Goes back out to `depth` open components (0: the workflow itself). */
  readonly leaveComponents: (depth: number) => void;
}

export type EditorStore = EditorState & EditorActions;

const noSelection: Selection = { nodes: new Set(), edges: new Set() };
const PASTE_OFFSET = { x: 40, y: 40 };

export const useEditor = create<EditorStore>()((set, get) => {
  /** `doc` with the open components that still exist, and the view they lead to. */
  const placed = (doc: WorkflowDocument, wanted: ComponentPath) => {
    const path = reachablePath(doc, wanted);
    return { doc, path, view: viewOf(doc, path) ?? doc };
  };

  /**
   * Applies an undoable edit of the whole document; a no-op change records nothing. Ports and
   * shown params of a definition that the edit left pointing at nothing go in the same edit,
   * with the instances' links and values for them, and a notice says so.
   */
  const commitDoc = (next: WorkflowDocument, extra: Partial<EditorState> = {}): void => {
    const { doc, history, path } = get();
    if (next === doc) return;
    const { document, dropped } = pruneBrokenBoundaries(doc, next);
    const notice: Partial<EditorState> =
      dropped.length === 0
        ? {}
        : {
            notice: {
              kind: 'info',
              text: droppedBoundaryNotice(dropped, doc),
              at: Date.now(),
            },
          };
    set({
      ...placed(document, path),
      structure: document,
      history: record(history, document),
      ...extra,
      ...notice,
    });
  };

  /** Applies an undoable edit of the view (the document or an open definition). */
  const commit = (nextView: WorkflowDocument, extra: Partial<EditorState> = {}): void => {
    const { doc, path, view } = get();
    if (nextView !== view) commitDoc(withView(doc, path, nextView), extra);
  };

  /** Moves to another point of the history (an undo or redo); nothing when it is the same. */
  const showHistory = (history: History<WorkflowDocument>): void => {
    if (history === get().history) return;
    set({ ...placed(history.present, get().path), structure: history.present, history });
  };

  const initial = emptyDocument();
  return {
    doc: initial,
    path: [],
    view: initial,
    structure: initial,
    history: startHistory(initial),
    selection: noSelection,
    savedAs: null,
    savedDoc: initial,
    notice: null,
    opened: 0,

    open(doc, savedAs, options = {}) {
      set({
        opened: get().opened + 1,
        doc,
        path: [],
        view: doc,
        structure: doc,
        history: startHistory(doc),
        selection: noSelection,
        savedAs,
        savedDoc: options.dirty === true ? null : doc,
      });
    },
    edit(change) {
      commitDoc(change(get().doc));
    },
    editView(change, select) {
      const extra = select
        ? { selection: { nodes: new Set(select), edges: new Set<string>() } }
        : {};
      commit(change(get().view), extra);
    },
    addNode(type, position) {
      const { doc, id } = addDocNode(get().view, type, position);
      commit(doc, { selection: { nodes: new Set([id]), edges: new Set() } });
      return id;
    },
    connect(from, to) {
      const result = connectPorts(get().view, from, to);
      if (!result.ok) {
        get().notify('error', `Connection refused: ${result.reason}`);
        return false;
      }
      commit(result.doc);
      return true;
    },
    setParam(nodeId, name, value) {
      commit(setDocParam(get().view, nodeId, name, value));
    },
    renameNode(nodeId, title) {
      commit(renameDocNode(get().view, nodeId, title));
    },
    removeSelected() {
      const { selection } = get();
      commit(removeElements(get().view, selection.nodes, selection.edges), {
        selection: noSelection,
      });
    },
    removeEdges(ids) {
      commit(removeElements(get().view, new Set(), new Set(ids)));
    },
    select(selection) {
      set({ selection });
    },
    selectAll() {
      const { view } = get();
      set({
        selection: {
          nodes: new Set(view.nodes.map((n) => n.id)),
          edges: new Set(view.edges.map((e) => e.id)),
        },
      });
    },
    moveTo(positions) {
      commit(moveNodes(get().view, positions));
    },
    undo() {
      showHistory(undo(get().history));
    },
    redo() {
      showHistory(redo(get().history));
    },
    copySelection() {
      const { selection, view } = get();
      if (selection.nodes.size === 0) return undefined;
      return extractFragment(view, selection.nodes);
    },
    paste(fragment, offset = PASTE_OFFSET) {
      const { doc, ids } = pasteFragment(get().view, fragment, offset);
      commit(doc, { selection: { nodes: new Set(ids), edges: new Set() } });
    },
    duplicateSelection() {
      const fragment = get().copySelection();
      if (fragment) get().paste(fragment);
    },
    markSaved(savedAs, doc) {
      set({ savedAs, savedDoc: doc });
    },
    notify(kind, text) {
      set({ notice: { kind, text, at: Date.now() } });
    },
    dismissNotice() {
      set({ notice: null });
    },
    enterComponent(instanceId) {
      const { doc, path, view, opened } = get();
      const type = view.nodes.find((node) => node.id === instanceId)?.type;
      const component = type === undefined ? undefined : componentIdOf(type);
      if (component === undefined || doc.components?.[component] === undefined) return;
      if (path.some((open) => open.component === component)) return;
      const next = [...path, { component, instance: instanceId }];
      set({ ...placed(doc, next), selection: noSelection, opened: opened + 1 });
    },
    leaveComponents(depth) {
      const { doc, path, opened } = get();
      if (depth < 0 || depth >= path.length) return;
      set({ ...placed(doc, path.slice(0, depth)), selection: noSelection, opened: opened + 1 });
    },
  };
});

/** True when the open document differs from what was last saved or opened. */
export function isDirty(state: EditorState): boolean {
  return state.doc !== state.savedDoc;
}
