import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { createCatalogue } from './catalogue.ts';
import { defineNodeSpec } from './define-node-spec.ts';
import { createToyCatalogue, sampleWorkflowInput, sketchSpec, toySpecs } from './testing/index.ts';
import { type WorkflowDocumentInput, zWorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();

function keysOf(edit: (doc: WorkflowDocumentInput) => void = () => undefined): Map<string, string> {
  const doc = sampleWorkflowInput();
  edit(doc);
  return computeCacheKeys(zWorkflowDocument.parse(doc), catalogue);
}

function node(doc: WorkflowDocumentInput, id: string) {
  const found = doc.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

function renameNode(doc: WorkflowDocumentInput, from: string, to: string): void {
  node(doc, from).id = to;
  for (const edge of doc.edges) {
    if (edge.from.node === from) edge.from.node = to;
    if (edge.to.node === from) edge.to.node = to;
  }
}

const base = keysOf();

describe('computeCacheKeys', () => {
  it('gives every node a SHA-256 hex key, the same on every call', () => {
    expect(base.size).toBe(6);
    for (const key of base.values()) expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keysOf()).toEqual(base);
  });

  it('ignores positions, titles, names and descriptions', () => {
    const keys = keysOf((doc) => {
      for (const n of doc.nodes) {
        n.position = { x: 5, y: -7 };
        n.title = 'renamed';
      }
      delete node(doc, 'text').position;
      doc.name = 'Another name';
      doc.description = 'moved things around';
      doc.nodes.reverse();
      doc.edges.reverse();
    });
    expect(keys).toEqual(base);
  });

  it('keeps keys when a node gets a new id', () => {
    const keys = keysOf((doc) => renameNode(doc, 'sketch', 'sketch-2'));
    expect(keys.get('sketch-2')).toBe(base.get('sketch'));
    expect(keys.get('save')).toBe(base.get('save'));
  });

  it('treats a default written out the same as a default left out', () => {
    const keys = keysOf((doc) => {
      node(doc, 'paint').params = { steps: 10, model: 'toy-model' };
    });
    expect(keys).toEqual(base);
  });

  it('ignores params the spec does not define', () => {
    expect(keysOf((doc) => (node(doc, 'sketch').params = { seed: 7, junk: 1 }))).toEqual(base);
  });

  it('changes a node and everything downstream when an upstream param changes', () => {
    const keys = keysOf((doc) => (node(doc, 'sketch').params = { seed: 8 }));
    for (const id of ['sketch', 'paint', 'resize', 'save', 'show']) {
      expect(keys.get(id), id).not.toBe(base.get(id));
    }
    expect(keys.get('text')).toBe(base.get('text'));
  });

  it('changes everything downstream when the prompt text changes', () => {
    const keys = keysOf((doc) => (node(doc, 'text').params = { text: 'a blue kite' }));
    for (const [id, key] of keys) expect(key, id).not.toBe(base.get(id));
  });

  it('leaves upstream keys alone when a downstream node changes', () => {
    const keys = keysOf((doc) => (node(doc, 'resize').params = { factor: 2 }));
    for (const id of ['text', 'sketch', 'paint', 'show']) expect(keys.get(id)).toBe(base.get(id));
    expect(keys.get('resize')).not.toBe(base.get('resize'));
    expect(keys.get('save')).not.toBe(base.get('save'));
  });

  it('depends on which input port an edge feeds', () => {
    const keys = keysOf((doc) => {
      doc.edges = doc.edges.filter((edge) => edge.id !== 'e3');
    });
    expect(keys.get('paint')).not.toBe(base.get('paint'));
    expect(keys.get('sketch')).toBe(base.get('sketch'));
  });

  it('changes when a node spec version is bumped', () => {
    const bumped = defineNodeSpec({ ...sketchSpec, version: 2 });
    const specs = toySpecs.map((spec) => (spec.type === 'toy.sketch' ? bumped : spec));
    const keys: Map<string, string> = computeCacheKeys(
      zWorkflowDocument.parse(sampleWorkflowInput()),
      createCatalogue(specs),
    );
    expect(keys.get('sketch')).not.toBe(base.get('sketch'));
    expect(keys.get('text')).toBe(base.get('text'));
  });

  it('gives two identical branches the same key', () => {
    const keys = keysOf((doc) => {
      doc.nodes.push({ id: 'sketch-b', type: 'toy.sketch', params: { seed: 7 } });
      doc.edges.push({
        id: 'eb',
        from: { node: 'text', port: 'text' },
        to: { node: 'sketch-b', port: 'text' },
      });
    });
    expect(keys.get('sketch-b')).toBe(keys.get('sketch'));
  });
});
