import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../state/editor-store.ts';
import { validationOf } from '../state/validation.ts';
import {
  confirmMakeComponent,
  requestMakeComponent,
  ungroupSelection,
  useMakeComponentDialog,
} from './component-actions.ts';
import { flatPrefix } from './component-view.ts';
import { posterDocument } from './test-poster.ts';

const editor = useEditor.getState;
const selectNodes = (...ids: string[]) =>
  editor().select({ nodes: new Set(ids), edges: new Set() });

function groupPlanner(): void {
  selectNodes('plan', 'expand');
  requestMakeComponent();
  confirmMakeComponent('Planner', [{ node: 'plan', param: 'seed', name: 'seed' }]);
}

describe('components in the editor', () => {
  beforeEach(() => editor().open(posterDocument(), null));

  it('makes a component of the selection in one undoable edit, and ungroups it exactly', () => {
    const original = editor().doc;
    groupPlanner();
    expect(useMakeComponentDialog.getState().nodes).toBeNull();
    expect([...editor().selection.nodes]).toEqual(['planner']);
    expect(editor().doc.components?.planner?.nodes.map((n) => n.id)).toEqual(['plan', 'expand']);
    editor().undo();
    expect(editor().doc).toBe(original);
    editor().redo();
    ungroupSelection();
    expect(editor().doc).toEqual(original);
    expect([...editor().selection.nodes].sort()).toEqual(['expand', 'plan']);
  });

  it('asks for a selection before making a component, and a component node to ungroup', () => {
    selectNodes();
    requestMakeComponent();
    expect(useMakeComponentDialog.getState().nodes).toBeNull();
    expect(editor().notice?.text).toMatch(/Select the nodes/);
    selectNodes('save');
    ungroupSelection();
    expect(editor().notice?.text).toMatch(/Select a component node/);
  });

  it('opens a component: edits inside change the definition, undo and Escape work', () => {
    groupPlanner();
    selectNodes('planner');
    editor().duplicateSelection();
    const copies = editor().doc.nodes.filter((n) => n.type === 'component:planner');
    expect(copies).toHaveLength(2);
    editor().enterComponent('planner');
    expect(editor().path).toEqual([{ component: 'planner', instance: 'planner' }]);
    expect(editor().view.nodes.map((n) => n.id)).toEqual(['plan', 'expand']);
    editor().setParam('expand', 'seed', 1234);
    const definition = editor().doc.components?.planner;
    expect(definition?.nodes.find((n) => n.id === 'expand')?.params.seed).toBe(1234);
    // Both instances run the one definition.
    expect(editor().doc.nodes.filter((n) => n.type === 'component:planner')).toHaveLength(2);
    editor().undo();
    expect(editor().view.nodes.find((n) => n.id === 'expand')?.params.seed).not.toBe(1234);
    editor().leaveComponents(0);
    expect(editor().path).toEqual([]);
    expect(editor().view).toBe(editor().doc);
  });

  it('opens a component nested in another, and edits its definition from there', () => {
    groupPlanner();
    selectNodes('planner', 'decode');
    requestMakeComponent();
    confirmMakeComponent('Render', []);
    editor().enterComponent('render');
    editor().enterComponent('planner');
    expect(editor().path.map((open) => open.component)).toEqual(['render', 'planner']);
    expect(flatPrefix(editor().path)).toBe('render/planner/');
    editor().setParam('plan', 'topK', 5);
    expect(editor().doc.components?.planner?.nodes[0]?.params.topK).toBe(5);
    expect(editor().doc.components?.render?.nodes.map((n) => n.id)).toEqual(['planner', 'decode']);
    editor().leaveComponents(1);
    expect(editor().view.nodes.map((n) => n.id)).toEqual(['planner', 'decode']);
  });

  it('leaves a component whose definition an undo removed', () => {
    groupPlanner();
    editor().enterComponent('planner');
    editor().undo();
    expect(editor().path).toEqual([]);
    expect(editor().view).toBe(editor().doc);
  });

  it('shows a problem inside a component on the instance and on the inner node', () => {
    groupPlanner();
    editor().enterComponent('planner');
    editor().setParam('plan', 'temperature', -5);
    const { byNode } = validationOf(editor().structure);
    expect(byNode.get('planner')?.node.some((p) => p.inner === 'plan')).toBe(true);
    expect(byNode.get('planner/plan')?.node.length).toBeGreaterThan(0);
  });
});
