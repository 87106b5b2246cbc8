import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { flattenDocument } from './flatten-document.ts';
import { groupInsideComponent } from './group-inside-component.ts';
import { nodeId } from './ids.ts';
import { sketcherDocument } from './testing/components.ts';
import { createToyCatalogue } from './testing/index.ts';
import { UngroupError } from './ungroup-component.ts';
import { ungroupInsideComponent } from './ungroup-inside-component.ts';
import { validate } from './validate.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();

const cacheKeys = (doc: WorkflowDocument) =>
  [...computeCacheKeys(flattenDocument(doc).document, catalogue).values()].sort();

/** The sketcher with its sketch node grouped into a nested "sketch-only". */
function nested(doc = sketcherDocument({ a: { seed: 3 } })): WorkflowDocument {
  return groupInsideComponent(doc, 'sketcher', ['sketch'], catalogue, {
    componentId: 'sketch-only',
    name: 'Sketch only',
  });
}

describe('ungroupInsideComponent', () => {
  it('undoes a grouping inside: the boundary points at the inner nodes again', () => {
    const doc = sketcherDocument({ a: { seed: 3 } });
    const ungrouped = ungroupInsideComponent(nested(doc), 'sketcher', 'sketch-only');
    const sketcher = ungrouped.components!.sketcher!;
    const original = doc.components!.sketcher!;
    expect(sketcher.inputs).toEqual(original.inputs);
    expect(sketcher.params).toEqual(original.params);
    expect(sketcher.outputs).toEqual(original.outputs);
    expect(sketcher.nodes.map((n) => n.id).sort()).toEqual(['paint', 'sketch']);
    expect(Object.keys(ungrouped.components!)).toEqual(['sketcher']);
    expect(validate(ungrouped, catalogue).problems).toEqual([]);
    expect(cacheKeys(ungrouped)).toEqual(cacheKeys(doc));
  });

  it('keeps a nested definition the workflow still uses elsewhere', () => {
    const withSketchOnly = nested();
    const used: WorkflowDocument = {
      ...withSketchOnly,
      nodes: [
        ...withSketchOnly.nodes,
        { id: nodeId('b'), type: 'component:sketch-only', params: {} },
      ],
    };
    const ungrouped = ungroupInsideComponent(used, 'sketcher', 'sketch-only');
    expect(Object.keys(ungrouped.components!).sort()).toEqual(['sketch-only', 'sketcher']);
  });

  it('refuses a node that is not a component node of the definition', () => {
    expect(() => ungroupInsideComponent(nested(), 'sketcher', 'paint')).toThrow(UngroupError);
    expect(() => ungroupInsideComponent(nested(), 'nope', 'paint')).toThrow(UngroupError);
  });
});
