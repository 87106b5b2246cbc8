import { resolveParams } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import {
  addNode,
  defaultParams,
  emptyDocument,
  moveNodes,
  removeElements,
  renameNode,
  setParam,
} from './document-ops.ts';
import { promptToPlan } from './test-documents.ts';

describe('document edits', () => {
  it('adds nodes with readable, unique ids and their default params', () => {
    let doc = emptyDocument();
    const first = addNode(doc, 'ar.plan', { x: 0, y: 0 });
    doc = first.doc;
    const second = addNode(doc, 'ar.plan', { x: 0, y: 0 });
    expect([first.id, second.id]).toEqual(['plan', 'plan_2']);
    // Written out: the params the node would run with anyway.
    expect(second.doc.nodes[1]?.params).toEqual(resolveParams(catalogue.get('ar.plan'), {}));
  });

  it('cascades nodes added at the same point so none hides another', () => {
    let doc = emptyDocument();
    for (let i = 0; i < 3; i++) doc = addNode(doc, 'prompt', { x: 10, y: 10 }).doc;
    expect(doc.nodes.map((n) => n.position)).toEqual([
      { x: 10, y: 10 },
      { x: 42, y: 42 },
      { x: 74, y: 74 },
    ]);
  });

  it('leaves params without a default out (the prompt text must be typed)', () => {
    expect(defaultParams('prompt')).toEqual({});
  });

  it('removing a node removes the edges touching it', () => {
    const doc = removeElements(promptToPlan(), new Set(['prompt']));
    expect(doc.nodes.map((n) => n.id)).toEqual(['plan']);
    expect(doc.edges).toEqual([]);
  });

  it('answers the same document when nothing changes', () => {
    const doc = promptToPlan();
    expect(setParam(doc, 'plan', 'seed', 0)).toBe(doc);
    expect(moveNodes(doc, new Map([['plan', { x: 300, y: 0 }]]))).toBe(doc);
    expect(removeElements(doc, new Set())).toBe(doc);
  });

  it('never mutates the document it is given', () => {
    const doc = promptToPlan();
    const before = JSON.stringify(doc);
    setParam(doc, 'plan', 'seed', 5);
    renameNode(doc, 'plan', 'Layout');
    moveNodes(doc, new Map([['plan', { x: 1, y: 2 }]]));
    removeElements(doc, new Set(['plan']));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('renames a node, and an empty title goes back to the spec title', () => {
    const titled = renameNode(promptToPlan(), 'plan', '  Layout ');
    expect(titled.nodes[1]?.title).toBe('Layout');
    expect(renameNode(titled, 'plan', '').nodes[1]).not.toHaveProperty('title');
  });
});
