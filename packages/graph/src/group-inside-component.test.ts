import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { flattenDocument } from './flatten-document.ts';
import { GroupError } from './group-component.ts';
import { groupInsideComponent } from './group-inside-component.ts';
import { sketcherDocument } from './testing/components.ts';
import { createToyCatalogue } from './testing/index.ts';
import { validate } from './validate.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();

const cacheKeys = (doc: WorkflowDocument) =>
  [...computeCacheKeys(flattenDocument(doc).document, catalogue).values()].sort();

describe('groupInsideComponent', () => {
  it('keeps the outer input and exposed param of a grouped node working through the new node', () => {
    const doc = sketcherDocument({ a: { seed: 3 } });
    const grouped = groupInsideComponent(doc, 'sketcher', ['sketch'], catalogue, {
      componentId: 'sketch-only',
      name: 'Sketch only',
    });
    const outer = grouped.components!.sketcher!;
    const nested = grouped.components!['sketch-only']!;
    expect(outer.nodes.map((n) => `${n.id}:${n.type}`)).toEqual([
      'sketch-only:component:sketch-only',
      'paint:toy.paint',
    ]);
    expect(outer.inputs).toEqual([
      {
        name: 'text',
        type: 'PROMPT',
        to: [
          { node: 'sketch-only', port: 'text' },
          { node: 'paint', port: 'text' },
        ],
      },
    ]);
    expect(outer.params).toEqual([
      { name: 'seed', target: { node: 'sketch-only', param: 'seed' } },
    ]);
    expect(outer.outputs).toEqual(doc.components!.sketcher!.outputs);
    expect(nested.inputs).toEqual([
      { name: 'text', type: 'PROMPT', to: [{ node: 'sketch', port: 'text' }] },
    ]);
    expect(nested.params).toEqual([
      { name: 'seed', default: 7, target: { node: 'sketch', param: 'seed' } },
    ]);
    expect(
      outer.edges.map((e) => `${e.from.node}.${e.from.port}>${e.to.node}.${e.to.port}`),
    ).toEqual(['sketch-only.sketch>paint.sketch']);
    expect(validate(grouped, catalogue).problems).toEqual([]);
    expect(cacheKeys(grouped)).toEqual(cacheKeys(doc));
  });

  it('keeps an outer output of a grouped node passing on the new node’s output', () => {
    const doc = sketcherDocument();
    const grouped = groupInsideComponent(doc, 'sketcher', ['paint'], catalogue, {
      componentId: 'painter',
      name: 'Painter',
    });
    expect(grouped.components!.sketcher!.outputs).toEqual([
      { name: 'image', type: 'IMAGE', from: { node: 'painter', port: 'image' } },
    ]);
    expect(grouped.components!.painter!.outputs).toEqual([
      { name: 'image', type: 'IMAGE', from: { node: 'paint', port: 'image' } },
    ]);
    expect(grouped.edges).toEqual(doc.edges);
    expect(validate(grouped, catalogue).problems).toEqual([]);
    expect(cacheKeys(grouped)).toEqual(cacheKeys(doc));
  });

  it('refuses a definition the document does not have', () => {
    expect(() =>
      groupInsideComponent(sketcherDocument(), 'nope', ['paint'], catalogue, {
        componentId: 'x',
        name: 'X',
      }),
    ).toThrow(GroupError);
  });
});
