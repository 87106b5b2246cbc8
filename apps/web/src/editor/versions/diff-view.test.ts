import { describe, expect, it } from 'vitest';
import { type WorkflowDocument, nodeId } from '@tessera/graph';
import { posterWorkflow } from '@tessera/nodes/testing';
import { diffView } from './diff-view.ts';

function edited(edit: (doc: WorkflowDocument) => void): WorkflowDocument {
  const doc = structuredClone(posterWorkflow());
  edit(doc);
  return doc;
}

describe('diffView', () => {
  it('draws the newer document with ghosts of removed nodes and links, marked', () => {
    const newer = edited((doc) => {
      doc.nodes = doc.nodes.filter((n) => n.id !== 'preview');
      doc.edges = doc.edges.filter((e) => e.to.node !== 'preview');
      doc.nodes.push({ id: nodeId('extra'), type: 'image.preview', params: {} });
      const plan = doc.nodes.find((n) => n.id === 'plan');
      if (plan) plan.params = { seed: 99 };
    });
    const view = diffView(posterWorkflow(), newer);
    expect(view.doc.nodes.map((n) => n.id)).toContain('preview');
    expect(view.marks.nodes.get('preview')).toBe('removed');
    expect(view.marks.nodes.get('extra')).toBe('added');
    expect(view.marks.nodes.get('plan')).toBe('changed');
    expect(view.marks.nodes.has('prompt')).toBe(false);
    expect(view.marks.params.get('plan')?.get('seed')).toEqual({
      name: 'seed',
      before: 7,
      after: 99,
    });
    const removed = view.doc.edges.filter((e) => view.marks.edges.get(e.id) === 'removed');
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((e) => e.to.node === 'preview')).toBe(true);
    // Every link drawn ends at a drawn node.
    const ids = new Set(view.doc.nodes.map((n) => n.id));
    expect(view.doc.edges.every((e) => ids.has(e.from.node) && ids.has(e.to.node))).toBe(true);
  });

  it('gives a ghost its own id when the newer document reuses the removed id', () => {
    const newer = edited((doc) => {
      const preview = doc.nodes.find((n) => n.id === 'preview');
      if (preview) preview.type = 'plan.preview';
      doc.edges = doc.edges.filter((e) => e.to.node !== 'preview');
    });
    const view = diffView(posterWorkflow(), newer);
    const ids = view.doc.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(view.marks.nodes.get('preview')).toBe('added');
    expect(view.marks.nodes.get('preview~removed')).toBe('removed');
    const edgeIds = view.doc.edges.map((e) => e.id);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    expect(
      view.doc.edges
        .filter((e) => view.marks.edges.get(e.id) === 'removed')
        .every((e) => e.to.node === 'preview~removed'),
    ).toBe(true);
  });

  it('marks a rewired link as removed and added', () => {
    const newer = edited((doc) => {
      const link = doc.edges.find((e) => e.id === 'e7');
      if (link) link.to = { node: nodeId('preview'), port: 'image' };
    });
    const view = diffView(posterWorkflow(), newer);
    expect(view.marks.edges.get('e7')).toBe('added');
    expect([...view.marks.edges.values()].filter((m) => m === 'removed')).toHaveLength(1);
  });
});
