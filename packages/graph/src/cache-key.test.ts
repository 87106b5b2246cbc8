import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { createCatalogue } from './catalogue.ts';
import { defineNodeSpec } from './define-node-spec.ts';
import {
  arPlanSpec,
  coreNodeSpecs,
  createCoreCatalogue,
  posterWorkflowInput,
} from './testing/index.ts';
import { type WorkflowDocumentInput, zWorkflowDocument } from './workflow-schema.ts';

const catalogue = createCoreCatalogue();

function keysOf(edit: (doc: WorkflowDocumentInput) => void = () => undefined): Map<string, string> {
  const doc = posterWorkflowInput();
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
    expect(base.size).toBe(8);
    for (const key of base.values()) expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keysOf()).toEqual(base);
  });

  it('ignores positions, titles, names and descriptions', () => {
    const keys = keysOf((doc) => {
      for (const n of doc.nodes) {
        n.position = { x: 5, y: -7 };
        n.title = 'renamed';
      }
      delete node(doc, 'prompt').position;
      doc.name = 'Another name';
      doc.description = 'moved things around';
      doc.nodes.reverse();
      doc.edges.reverse();
    });
    expect(keys).toEqual(base);
  });

  it('keeps keys when a node gets a new id', () => {
    const keys = keysOf((doc) => renameNode(doc, 'plan', 'planner-2'));
    expect(keys.get('planner-2')).toBe(base.get('plan'));
    expect(keys.get('save')).toBe(base.get('save'));
  });

  it('treats a default written out the same as a default left out', () => {
    const keys = keysOf((doc) => {
      node(doc, 'decode').params = { steps: 20, guidance: 1.5, seed: 0 };
    });
    expect(keys).toEqual(base);
  });

  it('ignores params the spec does not define', () => {
    expect(keysOf((doc) => (node(doc, 'plan').params = { seed: 7, junk: 1 }))).toEqual(base);
  });

  it('changes a node and everything downstream when an upstream param changes', () => {
    const keys = keysOf((doc) => (node(doc, 'plan').params = { seed: 8 }));
    for (const id of ['plan', 'expand', 'decode', 'upscale', 'save', 'plan-preview', 'preview']) {
      expect(keys.get(id), id).not.toBe(base.get(id));
    }
    expect(keys.get('prompt')).toBe(base.get('prompt'));
  });

  it('changes everything downstream when the prompt text changes', () => {
    const keys = keysOf((doc) => (node(doc, 'prompt').params = { text: 'blue poster' }));
    for (const [id, key] of keys) expect(key, id).not.toBe(base.get(id));
  });

  it('leaves upstream keys alone when a downstream node changes', () => {
    const keys = keysOf((doc) => (node(doc, 'upscale').params = { factor: 2 }));
    for (const id of ['prompt', 'plan', 'expand', 'decode', 'plan-preview', 'preview'])
      expect(keys.get(id)).toBe(base.get(id));
    expect(keys.get('upscale')).not.toBe(base.get('upscale'));
    expect(keys.get('save')).not.toBe(base.get('save'));
  });

  it('depends on which input port an edge feeds', () => {
    const keys = keysOf((doc) => {
      doc.edges = doc.edges.filter((edge) => edge.id !== 'e3');
    });
    expect(keys.get('expand')).not.toBe(base.get('expand'));
    expect(keys.get('plan')).toBe(base.get('plan'));
  });

  it('changes when a node spec version is bumped', () => {
    const bumped = defineNodeSpec({ ...arPlanSpec, version: 2 });
    const specs = coreNodeSpecs.map((spec) => (spec.type === 'ar.plan' ? bumped : spec));
    const keys: Map<string, string> = computeCacheKeys(
      zWorkflowDocument.parse(posterWorkflowInput()),
      createCatalogue(specs),
    );
    expect(keys.get('plan')).not.toBe(base.get('plan'));
    expect(keys.get('prompt')).toBe(base.get('prompt'));
  });

  it('gives two identical branches the same key', () => {
    const keys = keysOf((doc) => {
      doc.nodes.push({ id: 'plan-b', type: 'ar.plan', params: { seed: 7 } });
      doc.edges.push({
        id: 'eb',
        from: { node: 'prompt', port: 'prompt' },
        to: { node: 'plan-b', port: 'prompt' },
      });
    });
    expect(keys.get('plan-b')).toBe(keys.get('plan'));
  });
});
