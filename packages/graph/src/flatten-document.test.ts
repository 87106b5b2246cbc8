import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { FlattenError, flattenDocument } from './flatten-document.ts';
import { nodeId } from './ids.ts';
import { createToyCatalogue } from './testing/index.ts';
import {
  sketcherDefinition,
  sketcherDocument,
  sketcherDocumentJson,
} from './testing/components.ts';
import { validate } from './validate.ts';
import { type WorkflowDocument, zWorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();
const ends = (doc: WorkflowDocument) =>
  doc.edges.map((e) => `${e.from.node}.${e.from.port} -> ${e.to.node}.${e.to.port}`);

describe('flattenDocument', () => {
  it('names inner nodes instance/inner and rewires links across the boundary', () => {
    const { document, nodeOrigins } = flattenDocument(sketcherDocument());
    expect(document.nodes.map((n) => n.id)).toEqual(['text', 'sk/sketch', 'sk/paint', 'show-sk']);
    expect(document.components).toBeUndefined();
    expect(ends(document)).toEqual([
      'sk/sketch.sketch -> sk/paint.sketch',
      'text.text -> sk/sketch.text',
      'text.text -> sk/paint.text',
      'sk/paint.image -> show-sk.image',
    ]);
    expect(nodeOrigins.get('sk/paint')).toEqual({ instance: 'sk', inner: 'paint' });
    expect(nodeOrigins.has('text')).toBe(false);
  });

  it('gives every flattened edge its own stable id', () => {
    const ids = flattenDocument(sketcherDocument()).document.edges.map((e) => e.id);
    expect(ids).toEqual(['sk/i1', 'in-sk/sk/sketch.text', 'in-sk/sk/paint.text', 'out-sk']);
  });

  it('sets exposed params on their targets, the inner value when the instance leaves one out', () => {
    const { document } = flattenDocument(sketcherDocument({ a: { seed: 42 }, b: {} }));
    const seedOf = (id: string) => document.nodes.find((n) => n.id === id)?.params.seed;
    expect(seedOf('a/sketch')).toBe(42);
    expect(seedOf('b/sketch')).toBe(7);
  });

  it('uses the definition default of an exposed param over the inner value', () => {
    const json = sketcherDocumentJson();
    json.components.sketcher = {
      ...sketcherDefinition(),
      params: [{ name: 'seed', default: 3, target: { node: 'sketch', param: 'seed' } }],
    };
    const { document } = flattenDocument(zWorkflowDocument.parse(json));
    expect(document.nodes.find((n) => n.id === 'sk/sketch')?.params.seed).toBe(3);
  });

  it('flattens nested components to outer/inner/leaf', () => {
    const json = sketcherDocumentJson({ outer: { seed: 5 } });
    json.nodes[1] = { id: 'outer', type: 'component:wrapper', params: { seed: 5 } };
    json.components.wrapper = {
      name: 'Wrapper',
      version: 2,
      nodes: [{ id: 'inner', type: 'component:sketcher', params: {} }],
      edges: [],
      inputs: [{ name: 'text', type: 'PROMPT', to: [{ node: 'inner', port: 'text' }] }],
      outputs: [{ name: 'image', type: 'IMAGE', from: { node: 'inner', port: 'image' } }],
      params: [{ name: 'seed', target: { node: 'inner', param: 'seed' } }],
    };
    const doc = zWorkflowDocument.parse(json);
    const { document, nodeOrigins } = flattenDocument(doc);
    expect(document.nodes.map((n) => n.id)).toEqual([
      'text',
      'outer/inner/sketch',
      'outer/inner/paint',
      'show-outer',
    ]);
    expect(document.nodes[1]!.params.seed).toBe(5);
    expect(ends(document)).toContain('outer/inner/paint.image -> show-outer.image');
    expect(nodeOrigins.get('outer/inner/paint')).toEqual({
      instance: 'outer',
      inner: 'inner/paint',
    });
    expect(validate(json, catalogue).problems).toEqual([]);
  });

  it('refuses definitions that contain each other', () => {
    const json = sketcherDocumentJson();
    const looping = sketcherDefinition();
    looping.nodes.push({ id: 'again', type: 'component:sketcher', params: {} });
    json.components.sketcher = looping;
    const flatten = () => flattenDocument(zWorkflowDocument.parse(json));
    expect(flatten).toThrow(FlattenError);
    expect(flatten).toThrow('"sketcher" → "sketcher"');
  });

  it('returns a document without instances as it is', () => {
    const json = sketcherDocumentJson();
    json.nodes[1] = { id: 'sk', type: 'toy.sketch', params: {} };
    const doc = zWorkflowDocument.parse({ ...json, components: undefined });
    expect(flattenDocument(doc).document).toEqual(doc);
  });

  it('gives identical instances identical cache keys', () => {
    const { document } = flattenDocument(sketcherDocument({ a: {}, b: {}, c: { seed: 1 } }));
    const keys = computeCacheKeys(document, catalogue);
    expect(keys.get(nodeId('a/paint'))).toBe(keys.get(nodeId('b/paint')));
    expect(keys.get(nodeId('c/paint'))).not.toBe(keys.get(nodeId('a/paint')));
  });
});
