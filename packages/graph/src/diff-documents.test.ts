import { describe, expect, it } from 'vitest';
import { diffDocuments, edgeKey, isLayoutOnly } from './diff-documents.ts';
import { nodeId, edgeId } from './ids.ts';
import { sketcherDocument } from './testing/components.ts';
import { createToyCatalogue, sampleWorkflow } from './testing/index.ts';
import type { WorkflowDocument, WorkflowNode } from './workflow-schema.ts';

const catalogue = createToyCatalogue();

function edited(edit: (doc: WorkflowDocument) => void): WorkflowDocument {
  const doc = structuredClone(sampleWorkflow());
  edit(doc);
  return doc;
}

function node(doc: WorkflowDocument, id: string): WorkflowNode {
  const found = doc.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

describe('diffDocuments', () => {
  it('finds nothing between a document and its copy', () => {
    const diff = diffDocuments(sampleWorkflow(), sampleWorkflow(), { catalogue });
    expect(isLayoutOnly(diff)).toBe(true);
    expect(diff.movedNodes).toEqual([]);
  });

  it('lists added and removed nodes by id', () => {
    const b = edited((doc) => {
      doc.nodes = doc.nodes.filter((n) => n.id !== 'show');
      doc.edges = doc.edges.filter((e) => e.to.node !== 'show');
      doc.nodes.push({ id: nodeId('extra'), type: 'toy.show', params: {} });
    });
    const diff = diffDocuments(sampleWorkflow(), b, { catalogue });
    expect(diff.addedNodes.map((n) => n.id)).toEqual(['extra']);
    expect(diff.removedNodes.map((n) => n.id)).toEqual(['show']);
    expect(diff.removedEdges.every((e) => e.to.node === 'show')).toBe(true);
    expect(diff.removedEdges.length).toBeGreaterThan(0);
  });

  it('counts a node whose type changed as removed and added', () => {
    const b = edited((doc) => {
      node(doc, 'show').type = 'toy.save';
    });
    const diff = diffDocuments(sampleWorkflow(), b);
    expect(diff.removedNodes.map((n) => n.type)).toEqual(['toy.show']);
    expect(diff.addedNodes.map((n) => n.type)).toEqual(['toy.save']);
    expect(diff.changedNodes).toEqual([]);
  });

  it('reports each changed param with its value before and after', () => {
    const b = edited((doc) => {
      node(doc, 'sketch').params = { seed: 8, heat: 0.5 };
    });
    const diff = diffDocuments(sampleWorkflow(), b, { catalogue });
    expect(diff.changedNodes.map((c) => [c.id, c.type, c.title])).toEqual([
      ['sketch', 'toy.sketch', null],
    ]);
    const params = [...(diff.changedNodes[0]?.params ?? [])].sort((x, y) =>
      x.name.localeCompare(y.name),
    );
    expect(params).toEqual([
      { name: 'heat', before: 1, after: 0.5 },
      { name: 'seed', before: 7, after: 8 },
    ]);
  });

  it('treats an explicit default as equal to a missing param when given the catalogue', () => {
    const b = edited((doc) => {
      node(doc, 'sketch').params = { count: 0, heat: 1, seed: 7 };
    });
    expect(diffDocuments(sampleWorkflow(), b, { catalogue }).changedNodes).toEqual([]);
    // Without specs, params are compared as written.
    expect(diffDocuments(sampleWorkflow(), b).changedNodes[0]?.params.map((p) => p.name)).toEqual([
      'count',
      'heat',
    ]);
  });

  it('compares param values structurally, not by key order', () => {
    const a = edited((doc) => {
      node(doc, 'text').params = { text: 'x', extra: { a: 1, b: [1, 2] } };
    });
    const b = edited((doc) => {
      node(doc, 'text').params = { extra: { b: [1, 2], a: 1 }, text: 'x' };
    });
    expect(diffDocuments(a, b, { catalogue }).changedNodes).toEqual([]);
  });

  it('lists position-only changes separately, as layout', () => {
    const b = edited((doc) => {
      node(doc, 'paint').position = { x: 5, y: 6 };
    });
    const diff = diffDocuments(sampleWorkflow(), b, { catalogue });
    expect(isLayoutOnly(diff)).toBe(true);
    expect(diff.changedNodes).toEqual([]);
    expect(diff.movedNodes).toEqual([
      { id: 'paint', before: { x: 600, y: 0 }, after: { x: 5, y: 6 } },
    ]);
  });

  it('reports a renamed node as a title change', () => {
    const b = edited((doc) => {
      node(doc, 'paint').title = 'Painter';
    });
    const [change] = diffDocuments(sampleWorkflow(), b).changedNodes;
    expect(change?.title).toEqual({ before: undefined, after: 'Painter' });
    expect(change?.params).toEqual([]);
  });

  it('matches links by their endpoints, not their ids', () => {
    const b = edited((doc) => {
      doc.edges = doc.edges.map((e, i) => ({ ...e, id: edgeId(`renamed-${i}`) }));
    });
    const diff = diffDocuments(sampleWorkflow(), b);
    expect(diff.addedEdges).toEqual([]);
    expect(diff.removedEdges).toEqual([]);
  });

  it('lists a rewired link as one removed and one added', () => {
    const b = edited((doc) => {
      const link = doc.edges.find((e) => e.id === 'e5');
      if (link) link.to = { node: nodeId('show'), port: 'image' };
    });
    const diff = diffDocuments(sampleWorkflow(), b);
    expect(diff.removedEdges.map(edgeKey)).toEqual(['resize.image->save.image']);
    expect(diff.addedEdges.map(edgeKey)).toEqual(['resize.image->show.image']);
  });

  it('reports name and description changes', () => {
    const b = edited((doc) => {
      doc.name = 'Kite 2';
      doc.description = '';
    });
    const diff = diffDocuments(sampleWorkflow(), b);
    expect(diff.name).toEqual({ before: 'Kite', after: 'Kite 2' });
    expect(diff.description?.after).toBe('');
    expect(isLayoutOnly(diff)).toBe(false);
  });

  it('leaves both documents untouched', () => {
    const a = sampleWorkflow();
    const b = edited((doc) => {
      node(doc, 'sketch').params = { seed: 1 };
    });
    const copies = [structuredClone(a), structuredClone(b)];
    diffDocuments(a, b, { catalogue });
    expect([a, b]).toEqual(copies);
  });

  it('names component definitions added, removed or changed, inner layout aside', () => {
    const before = sketcherDocument();
    const definition = before.components!.sketcher!;
    const moved = {
      ...before,
      components: {
        sketcher: {
          ...definition,
          nodes: definition.nodes.map((n) => ({ ...n, position: { x: 5, y: 5 } })),
        },
      },
    };
    expect(diffDocuments(before, moved).changedComponents).toEqual([]);
    expect(isLayoutOnly(diffDocuments(before, moved))).toBe(true);
    const edited = {
      ...before,
      components: { sketcher: { ...definition, version: 2 }, extra: definition },
    };
    expect(diffDocuments(before, edited).changedComponents).toEqual(['extra', 'sketcher']);
    expect(isLayoutOnly(diffDocuments(before, edited))).toBe(false);
  });
});
