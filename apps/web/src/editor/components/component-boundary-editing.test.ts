import { PROBLEM_CODES, type ProblemCode, validate } from '@tessera/graph';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../model/catalogue.ts';
import { useEditor } from '../state/editor-store.ts';
import {
  confirmMakeComponent,
  requestMakeComponent,
  ungroupSelection,
} from './component-actions.ts';
import type { ExposedChoice } from './make-component.ts';
import { posterDocument } from './test-poster.ts';

const editor = useEditor.getState;
const selectNodes = (...ids: string[]) =>
  editor().select({ nodes: new Set(ids), edges: new Set() });

function group(name: string, nodes: string[], exposed: ExposedChoice[] = []): void {
  selectNodes(...nodes);
  requestMakeComponent();
  confirmMakeComponent(name, exposed);
}

/** Deletes the inner nodes `ids` of the open component. */
function deleteInside(...ids: string[]): void {
  selectNodes(...ids);
  editor().removeSelected();
}

const DANGLING = new Set<ProblemCode>([
  PROBLEM_CODES.BAD_COMPONENT_BOUNDARY,
  PROBLEM_CODES.UNKNOWN_INPUT_PORT,
  PROBLEM_CODES.UNKNOWN_OUTPUT_PORT,
  PROBLEM_CODES.UNKNOWN_PARAM,
  PROBLEM_CODES.SWEEP_UNKNOWN_PARAM,
]);

/** Problems about references to ports, params or nodes that do not exist. */
const dangling = () =>
  validate(editor().doc, catalogue).problems.filter((problem) => DANGLING.has(problem.code));

const names = (entries: readonly { name: string }[] | undefined) =>
  (entries ?? []).map((entry) => entry.name);

describe('editing inside a component leaves no broken reference', () => {
  beforeEach(() => editor().open(posterDocument(), null));

  it('deleting the inner node a port comes from drops the port and its links, in one undoable edit', () => {
    group('Planner', ['plan', 'expand']);
    const grouped = editor().doc;
    expect(names(grouped.components?.planner?.outputs)).toEqual(['expand.plan', 'plan.plan']);
    expect(grouped.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['e1', 'e8']));
    editor().enterComponent('planner');
    deleteInside('plan');
    const planner = editor().doc.components?.planner;
    expect(names(planner?.outputs)).toEqual(['expand.plan']);
    expect(names(planner?.inputs)).toEqual(['expand.prompt']);
    const edges = editor().doc.edges.map((e) => e.id);
    expect(edges).not.toContain('e1');
    expect(edges).not.toContain('e8');
    expect(edges).toEqual(expect.arrayContaining(['e3', 'e4']));
    expect(dangling()).toEqual([]);
    expect(editor().notice?.text).toContain(
      'Removed output port "plan.plan" of component "Planner": its inner node "plan" was deleted.',
    );
    editor().undo();
    expect(editor().doc).toBe(grouped);
    expect(editor().view.nodes.map((n) => n.id)).toEqual(['plan', 'expand']);
  });

  it('deleting the inner node an exposed param sets drops the param and every instance’s value', () => {
    group('Planner', ['plan', 'expand'], [{ node: 'expand', param: 'grid', name: 'grid' }]);
    editor().setParam('planner', 'grid', 32);
    selectNodes('planner');
    editor().duplicateSelection();
    const copy = [...editor().selection.nodes][0]!;
    const before = editor().doc;
    expect(before.nodes.find((n) => n.id === copy)?.params).toEqual({ grid: 32 });
    editor().enterComponent('planner');
    deleteInside('expand');
    expect(names(editor().doc.components?.planner?.params)).toEqual([]);
    for (const id of ['planner', copy])
      expect(editor().doc.nodes.find((n) => n.id === id)?.params).toEqual({});
    expect(editor().notice?.text).toMatch(/Removed param "grid" of component "Planner"/);
    expect(dangling()).toEqual([]);
    editor().undo();
    expect(editor().doc).toBe(before);
  });

  it('follows a lost port out through the component that nests it, up to the workflow', () => {
    group('Planner', ['plan', 'expand'], [{ node: 'plan', param: 'seed', name: 'seed' }]);
    group('Render', ['planner', 'decode'], [{ node: 'planner', param: 'seed', name: 'seed' }]);
    editor().setParam('render', 'seed', 11);
    const before = editor().doc;
    expect(dangling()).toEqual([]);
    editor().enterComponent('render');
    editor().enterComponent('planner');
    deleteInside('plan');
    const { components, nodes, edges } = editor().doc;
    expect(names(components?.planner?.params)).toEqual([]);
    expect(names(components?.render?.params)).toEqual([]);
    expect(names(components?.render?.outputs)).not.toContain('plan.plan');
    expect(nodes.find((n) => n.id === 'render')?.params).toEqual({});
    expect(edges.map((e) => e.id)).not.toContain('e8');
    expect(dangling()).toEqual([]);
    expect(editor().path.map((open) => open.component)).toEqual(['render', 'planner']);
    editor().undo();
    expect(editor().doc).toBe(before);
    editor().redo();
    expect(dangling()).toEqual([]);
  });

  it('grouping the inner nodes ports point at into a nested component keeps the ports working', () => {
    group('Planner', ['plan', 'expand'], [{ node: 'plan', param: 'seed', name: 'seed' }]);
    editor().setParam('planner', 'seed', 11);
    const before = editor().doc;
    editor().enterComponent('planner');
    editor().notify('info', 'earlier');
    group('Sub', ['plan']);
    expect([...editor().selection.nodes]).toEqual(['sub']);
    const planner = editor().doc.components?.planner;
    expect(planner?.nodes.map((n) => n.id)).toEqual(['sub', 'expand']);
    expect(names(planner?.inputs)).toEqual(names(before.components?.planner?.inputs));
    expect(names(planner?.outputs)).toEqual(names(before.components?.planner?.outputs));
    expect(planner?.params.map((p) => p.target)).toEqual([{ node: 'sub', param: 'seed' }]);
    expect(editor().doc.edges).toEqual(before.edges);
    expect(editor().doc.nodes).toEqual(before.nodes);
    expect(editor().notice?.text).toBe('earlier');
    expect(dangling()).toEqual([]);
    editor().undo();
    expect(editor().doc).toBe(before);
  });

  it('ungrouping a nested component node inside keeps the ports working, on its inner nodes', () => {
    group('Planner', ['plan', 'expand'], [{ node: 'plan', param: 'seed', name: 'seed' }]);
    const original = editor().doc.components?.planner;
    editor().enterComponent('planner');
    group('Sub', ['plan']);
    ungroupSelection();
    expect([...editor().selection.nodes]).toEqual(['plan']);
    const planner = editor().doc.components?.planner;
    expect(planner?.inputs).toEqual(original?.inputs);
    expect(planner?.outputs).toEqual(original?.outputs);
    expect(planner?.params).toEqual(original?.params);
    expect(editor().doc.components?.sub).toBeUndefined();
    expect(dangling()).toEqual([]);
  });

  it('says nothing and drops nothing for an edit inside that breaks no reference', () => {
    group('Planner', ['plan', 'expand']);
    editor().notify('info', 'earlier');
    editor().enterComponent('planner');
    editor().setParam('plan', 'topK', 5);
    expect(names(editor().doc.components?.planner?.outputs)).toEqual(['expand.plan', 'plan.plan']);
    expect(editor().notice?.text).toBe('earlier');
  });
});
