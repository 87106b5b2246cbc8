import { describe, expect, it } from 'vitest';
import { componentNodeOf } from './component-node-of.ts';
import { flattenDocument } from './flatten-document.ts';
import { sketcherDocument } from './testing/components.ts';

describe('componentNodeOf', () => {
  it('finds the component node of every inner node of the flattened graph', () => {
    const doc = sketcherDocument({ a: {}, b: {} });
    const { document, nodeOrigins } = flattenDocument(doc);
    for (const node of document.nodes)
      expect(componentNodeOf(doc, node.id)).toEqual(nodeOrigins.get(node.id));
    expect(componentNodeOf(doc, 'b/paint')).toEqual({ instance: 'b', inner: 'paint' });
  });

  it('says nothing of a top-level node or an id of no node', () => {
    const doc = sketcherDocument();
    expect(componentNodeOf(doc, 'text')).toBeUndefined();
    expect(componentNodeOf(doc, 'text/x')).toBeUndefined();
  });
});
