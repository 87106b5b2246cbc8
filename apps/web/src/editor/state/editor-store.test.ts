import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/document-ops.ts';
import { isDirty, useEditor } from './editor-store.ts';

const editor = useEditor.getState;

describe('the editor store', () => {
  beforeEach(() => editor().open(emptyDocument('T'), null));

  it('undo/redo restores every edit exactly', () => {
    const states = [editor().doc];
    editor().addNode('prompt', { x: 0, y: 0 });
    states.push(editor().doc);
    editor().addNode('ar.plan', { x: 300, y: 0 });
    states.push(editor().doc);
    editor().connect({ node: 'prompt', port: 'prompt' }, { node: 'plan', port: 'prompt' });
    states.push(editor().doc);
    editor().setParam('plan', 'seed', 42);
    states.push(editor().doc);
    editor().moveTo(new Map([['plan', { x: 320, y: 40 }]]));
    states.push(editor().doc);
    editor().select({ nodes: new Set(['prompt']), edges: new Set() });
    editor().removeSelected();
    states.push(editor().doc);
    for (let i = states.length - 2; i >= 0; i--) {
      editor().undo();
      expect(editor().doc).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      editor().redo();
      expect(editor().doc).toEqual(states[i]);
    }
  });

  it('a move is one undo step, and moving nowhere records nothing', () => {
    editor().addNode('prompt', { x: 0, y: 0 });
    const before = editor().doc;
    const steps = editor().history.past.length;
    editor().moveTo(new Map([['prompt', { x: 0, y: 0 }]]));
    expect(editor().history.past.length).toBe(steps);
    editor().moveTo(new Map([['prompt', { x: 20, y: 0 }]]));
    expect(editor().doc.nodes[0]?.position).toEqual({ x: 20, y: 0 });
    editor().undo();
    expect(editor().doc).toBe(before);
  });

  it('a refused connection changes nothing and says why', () => {
    editor().addNode('prompt', { x: 0, y: 0 });
    editor().addNode('diffusion.decode', { x: 300, y: 0 });
    const before = editor().doc;
    expect(
      editor().connect({ node: 'prompt', port: 'prompt' }, { node: 'decode', port: 'plan' }),
    ).toBe(false);
    expect(editor().doc).toBe(before);
    expect(editor().notice?.text).toMatch(/PROMPT cannot feed the TOKEN_PLAN input/);
  });

  it('is dirty after an edit and clean again when undone back to the saved document', () => {
    expect(isDirty(editor())).toBe(false);
    editor().addNode('prompt', { x: 0, y: 0 });
    expect(isDirty(editor())).toBe(true);
    editor().undo();
    expect(isDirty(editor())).toBe(false);
  });

  it('duplicates the selection with its inner edges', () => {
    editor().addNode('prompt', { x: 0, y: 0 });
    editor().addNode('ar.plan', { x: 300, y: 0 });
    editor().connect({ node: 'prompt', port: 'prompt' }, { node: 'plan', port: 'prompt' });
    editor().selectAll();
    editor().duplicateSelection();
    expect(editor().doc.nodes.map((n) => n.id)).toEqual(['prompt', 'plan', 'prompt_2', 'plan_2']);
    expect(editor().doc.edges).toHaveLength(2);
    expect([...editor().selection.nodes]).toEqual(['prompt_2', 'plan_2']);
  });
});
