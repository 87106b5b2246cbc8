import { PROBLEM_CODES, validate } from '@tessera/graph';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue, specOf } from '../model/catalogue.ts';
import { useEditor } from '../state/editor-store.ts';
import {
  confirmMakeComponent,
  exposeInnerPort,
  requestMakeComponent,
} from './component-actions.ts';
import { exposablePorts } from './expose-port.ts';
import { posterDocument } from './test-poster.ts';

const editor = useEditor.getState;

/** The poster with its expander and decoder made a component "Render", opened. */
function openRender(): void {
  editor().select({ nodes: new Set(['expand', 'decode']), edges: new Set() });
  requestMakeComponent();
  confirmMakeComponent('Render', []);
  editor().enterComponent('render');
}

const render = () => editor().doc.components?.render;
const names = (entries: readonly { name: string }[] | undefined) =>
  (entries ?? []).map((entry) => entry.name);

describe('exposing an inner port as a component port', () => {
  beforeEach(() => editor().open(posterDocument(), null));

  it('offers the inputs nothing feeds and the outputs not passed on yet', () => {
    openRender();
    expect(names(render()?.inputs)).toEqual(['plan', 'expand.prompt', 'decode.prompt']);
    expect(names(render()?.outputs)).toEqual(['image']);
    expect(exposablePorts(editor().doc, 'render', 'expand')).toEqual([
      { side: 'input', port: 'keep', type: 'TOKEN_PLAN' },
      { side: 'output', port: 'plan', type: 'TOKEN_PLAN' },
    ]);
    expect(exposablePorts(editor().doc, 'render', 'decode')).toEqual([]);
    expect(exposablePorts(editor().doc, 'render', 'nowhere')).toEqual([]);
  });

  it('adds an output every instance shows, as one undoable edit', () => {
    openRender();
    const before = editor().doc;
    exposeInnerPort('expand', 'output', 'plan');
    expect(render()?.outputs.at(-1)).toEqual({
      name: 'plan',
      type: 'TOKEN_PLAN',
      from: { node: 'expand', port: 'plan' },
    });
    expect(editor().notice?.text).toBe('Added output port "plan" to component "Render"');
    expect(editor().path.map((open) => open.component)).toEqual(['render']);
    // Outside, the instance has the new output, and it can feed the plan preview.
    editor().leaveComponents(0);
    const spec = specOf('component:render', editor().doc.components);
    expect(spec?.outputs.map((output) => output.name)).toEqual(['image', 'plan']);
    const linked = { node: 'render', port: 'plan' };
    expect(editor().connect(linked, { node: 'plan-preview', port: 'plan' })).toBe(true);
    editor().undo();
    editor().undo();
    expect(editor().doc).toBe(before);
  });

  it('adds an input for an inner input left unfed, named apart from the inputs it has', () => {
    openRender();
    editor().removeEdges(render()!.edges.map((edge) => edge.id));
    expect(exposablePorts(editor().doc, 'render', 'decode')).toEqual([
      { side: 'input', port: 'plan', type: 'TOKEN_PLAN' },
    ]);
    exposeInnerPort('decode', 'input', 'plan');
    expect(render()?.inputs.at(-1)).toEqual({
      name: 'decode.plan',
      type: 'TOKEN_PLAN',
      to: [{ node: 'decode', port: 'plan' }],
    });
    const problems = validate(editor().doc, catalogue).problems;
    expect(problems.filter((p) => p.code === PROBLEM_CODES.BAD_COMPONENT_BOUNDARY)).toEqual([]);
    // Exposed once, it is fed: not offered again.
    expect(exposablePorts(editor().doc, 'render', 'decode')).toEqual([]);
  });

  it('refuses a port that is fed already, or a node outside a component, saying so', () => {
    openRender();
    const before = editor().doc;
    exposeInnerPort('decode', 'input', 'plan');
    expect(editor().doc).toBe(before);
    expect(editor().notice?.text).toMatch(/Cannot expose input "plan" of "decode"/);
    editor().leaveComponents(0);
    exposeInnerPort('save', 'input', 'image');
    expect(editor().doc).toBe(before);
  });
});
